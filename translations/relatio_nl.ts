<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Reading the organisation units</source>
        <translation>Lezen van de organisatie-eenheden</translation>
    </message>
    <message>
        <source>An organisation unit needs a name.</source>
        <translation>Een organisatie-eenheid moet een naam hebben.</translation>
    </message>
    <message>
        <source>Adding the organisation unit</source>
        <translation>Toevoegen van de organisatie-eenheid</translation>
    </message>
    <message>
        <source>There is already a unit named &quot;%1&quot;.</source>
        <translation>Er is al een eenheid met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Changing the organisation unit</source>
        <translation>Wijzigen van de organisatie-eenheid</translation>
    </message>
    <message>
        <source>The organisation unit no longer exists.</source>
        <translation>De organisatie-eenheid bestaat niet meer.</translation>
    </message>
    <message>
        <source>Removing the organisation unit</source>
        <translation>Verwijderen van de organisatie-eenheid</translation>
    </message>
    <message>
        <source>Reading the team members</source>
        <translation>Lezen van de teamleden</translation>
    </message>
    <message>
        <source>Changing the team member&apos;s unit</source>
        <translation>Wijzigen van de eenheid van het teamlid</translation>
    </message>
    <message>
        <source>The team member no longer exists.</source>
        <translation>Het teamlid bestaat niet meer.</translation>
    </message>
    <message>
        <source>Reading the maturity assessments</source>
        <translation>Lezen van de volwassenheidsbeoordelingen</translation>
    </message>
    <message>
        <source>Choose the organisation unit the assessment is for.</source>
        <translation>Kies de organisatie-eenheid waarvoor de beoordeling is.</translation>
    </message>
    <message>
        <source>The assessment needs a date.</source>
        <translation>De beoordeling moet een datum hebben.</translation>
    </message>
    <message>
        <source>The assessment date %1 is in the future.</source>
        <translation>De beoordelingsdatum %1 ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Unknown statement &quot;%1&quot; in the assessment.</source>
        <translation>Onbekende stelling &quot;%1&quot; in de beoordeling.</translation>
    </message>
    <message>
        <source>The score %1 of statement &quot;%2&quot; is not between 0 and %3.</source>
        <translation>De score %1 van stelling &quot;%2&quot; ligt niet tussen 0 en %3.</translation>
    </message>
    <message>
        <source>Saving the maturity assessment</source>
        <translation>Opslaan van de volwassenheidsbeoordeling</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>De beoordeling bestaat niet meer.</translation>
    </message>
    <message>
        <source>Removing the maturity assessment</source>
        <translation>Verwijderen van de volwassenheidsbeoordeling</translation>
    </message>
</context>
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
        <source>Usage: relatio-cli [--db PATH] [--lang en|nl|nb] report maturity [--unit NAME] [--json]

Prints the CRM maturity view: the five phases with their criteria (met, not met or not
measured), the phase reached by the latest self-assessment of the unit, the evidence from
the CRM&apos;s data with values and thresholds, what blocks the next phase and the next steps.
Without --unit: the evidence alone. --json prints one JSON object with the same content.
</source>
        <translation>Gebruik: relatio-cli [--db PATH] [--lang en|nl|nb] report maturity [--unit NAME] [--json]

Toont het overzicht van de CRM-volwassenheid: de vijf fasen met hun criteria (voldaan,
niet voldaan of niet gemeten), de fase die de laatste zelfbeoordeling van de eenheid
bereikt, het bewijs uit de gegevens van het CRM met waarden en drempels, wat de volgende
fase tegenhoudt en de volgende stappen. Zonder --unit: alleen het bewijs. --json toont één
JSON-object met dezelfde inhoud.
</translation>
    </message>
    <message>
        <source>use: report maturity [--unit NAME] [--json]</source>
        <translation>gebruik: report maturity [--unit NAME] [--json]</translation>
    </message>
    <message>
        <source>--unit needs the NAME of an organisation unit.</source>
        <translation>--unit vereist de NAME van een organisatie-eenheid.</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;: there are no organisation units yet.</source>
        <translation>onbekende eenheid &apos;%1&apos;: er zijn nog geen organisatie-eenheden.</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos; (units: %2).</source>
        <translation>onbekende eenheid &apos;%1&apos; (eenheden: %2).</translation>
    </message>
    <message>
        <source>Usage: relatio-cli [--db PATH] [--lang en|nl|nb] value fit [--calibration-end DATE]
                   [--unit week|day|month] [--currency CODE] [--json]
       relatio-cli [--db PATH] [--lang en|nl|nb] value clv [--months N] [--discount R]
                   [--calibration-end DATE] [--unit week|day|month] [--currency CODE]
                   [--output FILE]

  value fit   fit the BG/NBD (purchases, P(alive)) and Gamma-Gamma (spend) models by
              maximum likelihood to the purchases up to the calibration end (default:
              the last purchase day), counted in weeks (default), days or months;
              same-day purchases count as one. Prints the parameters, log-likelihoods,
              customers and purchases, and stores the analysis with the RFM segments
  value clv   the same analysis, then per customer: Relatio id, external id, name,
              segment, P(alive), expected purchases and expected spend per purchase over
              the horizon (--months, default 12), and the CLV discounted at --discount
              a month (default 0.01); a table, or CSV written to --output FILE

  --currency CODE   analyse the purchases in this currency (default: the most common)
</source>
        <translation>Gebruik: relatio-cli [--db PATH] [--lang en|nl|nb] value fit [--calibration-end DATE]
                     [--unit week|day|month] [--currency CODE] [--json]
         relatio-cli [--db PATH] [--lang en|nl|nb] value clv [--months N] [--discount R]
                     [--calibration-end DATE] [--unit week|day|month] [--currency CODE]
                     [--output FILE]

  value fit   bepaalt de modellen BG/NBD (aankopen, P(alive)) en Gamma-Gamma (besteding)
              met maximale aannemelijkheid uit de aankopen tot en met het kalibratie-einde
              (standaard: de laatste aankoopdag), geteld in weken (standaard), dagen of
              maanden; aankopen op dezelfde dag tellen als één. Toont de parameters,
              log-likelihoods, klanten en aankopen, en slaat de analyse op met de
              RFM-segmenten
  value clv   dezelfde analyse, en daarna per klant: Relatio-id, extern id, naam, segment,
              P(alive), verwachte aankopen en verwachte besteding per aankoop over de
              horizon (--months, standaard 12), en de CLV verdisconteerd met --discount
              per maand (standaard 0.01); een tabel, of CSV geschreven naar --output FILE

  --currency CODE   analyseert de aankopen in deze valuta (standaard: de meest gebruikte)
</translation>
    </message>
    <message>
        <source>relatio-cli: note: %1 purchases in other currencies (%2) were left out; use --currency to analyse them.</source>
        <translation>relatio-cli: let op: %1 aankopen in andere valuta (%2) zijn weggelaten; gebruik --currency om ze te analyseren.</translation>
    </message>
    <message>
        <source>relatio-cli: note: %1 purchases after the calibration end were left out.</source>
        <translation>relatio-cli: let op: %1 aankopen na het kalibratie-einde zijn weggelaten.</translation>
    </message>
    <message>
        <source>relatio-cli: warning: %1</source>
        <translation>relatio-cli: waarschuwing: %1</translation>
    </message>
    <message>
        <source>Calibration end:  %1, in %2</source>
        <translation>Kalibratie-einde: %1, in %2</translation>
    </message>
    <message>
        <source>Currency:         %1</source>
        <translation>Valuta:           %1</translation>
    </message>
    <message>
        <source>Customers:        %1</source>
        <translation>Klanten:          %1</translation>
    </message>
    <message>
        <source>Purchases:        %1 (%2 purchase days)</source>
        <translation>Aankopen:         %1 (%2 aankoopdagen)</translation>
    </message>
    <message>
        <source>BG/NBD (purchases and P(alive)):</source>
        <translation>BG/NBD (aankopen en P(alive)):</translation>
    </message>
    <message>
        <source>  log-likelihood = %1</source>
        <translation>  log-likelihood = %1</translation>
    </message>
    <message>
        <source>BG/NBD (purchases and P(alive)): not fitted</source>
        <translation>BG/NBD (aankopen en P(alive)): niet bepaald</translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend per purchase), %1 customers with repeat purchases:</source>
        <translation>Gamma-Gamma (besteding per aankoop), %1 klanten met herhaalaankopen:</translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend per purchase): not fitted</source>
        <translation>Gamma-Gamma (besteding per aankoop): niet bepaald</translation>
    </message>
    <message>
        <source>Stored as the current value analysis.</source>
        <translation>Opgeslagen als de huidige waardeanalyse.</translation>
    </message>
    <message>
        <source>Reading the customer values</source>
        <translation>Lezen van de klantwaarden</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>kan het bestand niet schrijven: %1</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 (horizon %3 months, monthly discount %4, currency %5).</source>
        <translation>%1 klanten geschreven naar %2 (horizon %3 maanden, maandelijks disconteringspercentage %4, valuta %5).</translation>
    </message>
    <message>
        <source>CLV over %1 months, monthly discount %2, in %3; calibration end %4.</source>
        <translation>CLV over %1 maanden, maandelijks disconteringspercentage %2, in %3; kalibratie-einde %4.</translation>
    </message>
    <message>
        <source>Relatio id</source>
        <translation>Relatio-id</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Extern id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Exp. purchases</source>
        <translation>Verw. aankopen</translation>
    </message>
    <message>
        <source>Exp. spend</source>
        <translation>Verw. besteding</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>use: value fit [options], or value clv [options] (see value --help).</source>
        <translation>gebruik: value fit [options], of value clv [options] (zie value --help).</translation>
    </message>
    <message>
        <source>--months, --discount and --output belong to value clv.</source>
        <translation>--months, --discount en --output horen bij value clv.</translation>
    </message>
    <message>
        <source>--json belongs to value fit.</source>
        <translation>--json hoort bij value fit.</translation>
    </message>
    <message>
        <source>--calibration-end takes a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--calibration-end verwacht een datum als YYYY-MM-DD, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--unit takes week, day or month.</source>
        <translation>--unit verwacht week, day of month.</translation>
    </message>
    <message>
        <source>--currency needs a currency code, such as EUR.</source>
        <translation>--currency vereist een valutacode, zoals EUR.</translation>
    </message>
    <message>
        <source>--months takes a whole number from 1 to 1200.</source>
        <translation>--months verwacht een geheel getal van 1 tot en met 1200.</translation>
    </message>
    <message>
        <source>--discount takes a monthly rate from 0 to 1, such as 0.01 for 1%.</source>
        <translation>--discount verwacht een maandelijks disconteringspercentage van 0 tot en met 1, zoals 0.01 voor 1%.</translation>
    </message>
    <message>
        <source>--output needs a FILE.</source>
        <translation>--output vereist een FILE.</translation>
    </message>
    <message>
        <source>No orders yet: the database holds no purchases to analyse.</source>
        <translation>Nog geen bestellingen: de database bevat geen aankopen om te analyseren.</translation>
    </message>
    <message>
        <source>1 product named in the file was added.</source>
        <translation>1 product dat in het bestand wordt genoemd, is toegevoegd.</translation>
    </message>
    <message>
        <source>%1 products named in the file were added.</source>
        <translation>%1 producten die in het bestand worden genoemd, zijn toegevoegd.</translation>
    </message>
    <message>
        <source>Exported 1 order line to %1.</source>
        <translation>1 bestelregel geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Exported %1 order lines to %2.</source>
        <translation>%1 bestelregels geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>--customers, --interactions, --orders and --seed belong to the demo command.</source>
        <translation>--customers, --interactions, --orders en --seed horen bij de opdracht demo.</translation>
    </message>
    <message>
        <source>--from, --to and --customer belong to the export interactions and export orders commands.</source>
        <translation>--from, --to en --customer horen bij de opdrachten export interactions en export orders.</translation>
    </message>
    <message>
        <source>use: import orders FILE</source>
        <translation>gebruik: import orders FILE</translation>
    </message>
    <message>
        <source>use: export orders FILE</source>
        <translation>gebruik: export orders FILE</translation>
    </message>
    <message>
        <source>--orders takes a whole number from 0 to %1 times the customers, and at most %2.</source>
        <translation>--orders verwacht een geheel getal van 0 tot %1 keer het aantal klanten, en hoogstens %2.</translation>
    </message>
    <message>
        <source>Wrote %1 demo customers, %2 interactions, %3 follow-ups and %4 order lines to %5 in %6 s.</source>
        <translation>%1 demoklanten, %2 contactmomenten, %3 opvolgingen en %4 bestelregels geschreven naar %5 in %6 s.</translation>
    </message>
    <message>
        <source>Analysing customer value: %1 (%2%)</source>
        <translation>Klantwaarde analyseren: %1 (%2%)</translation>
    </message>
    <message>
        <source>The demo data is written, but the value analysis failed: %1</source>
        <translation>De demogegevens zijn geschreven, maar de waardeanalyse is mislukt: %1</translation>
    </message>
    <message>
        <source>Run `relatio-cli value fit` to try again.</source>
        <translation>Voer `relatio-cli value fit` uit om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Analysed the value of %1 customers with orders (segments, lifetime value, products bought together) in %2 s.</source>
        <translation>De waarde van %1 klanten met bestellingen geanalyseerd (segmenten, klantwaarde (CLV), samen gekochte producten) in %2 s.</translation>
    </message>
    <message>
        <source>%1 takes no further arguments (see %1 --help).</source>
        <translation>%1 neemt geen verdere argumenten (zie %1 --help).</translation>
    </message>
    <message>
        <source>%1 needs the team server: --server postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 heeft de teamserver nodig: --server postgresql://GEBRUIKER@HOST:POORT/DATABASE.</translation>
    </message>
    <message>
        <source>--save-password keeps the password given with --password-stdin.</source>
        <translation>--save-password bewaart het wachtwoord dat met --password-stdin is gegeven.</translation>
    </message>
    <message>
        <source>relatio-cli: note: the connection to %1 is not encrypted; add ?sslmode=verify-full to the address to require TLS.</source>
        <translation>relatio-cli: let op: de verbinding met %1 is niet versleuteld; voeg ?sslmode=verify-full aan het adres toe om TLS te eisen.</translation>
    </message>
    <message>
        <source>Created the team database on %1.</source>
        <translation>De teamdatabase op %1 is gemaakt.</translation>
    </message>
    <message>
        <source>The team database on %1 is ready; nothing to change.</source>
        <translation>De teamdatabase op %1 is klaar; er hoeft niets te veranderen.</translation>
    </message>
    <message>
        <source>The team database already holds %1 customers: the first content is uploaded only into an empty one. Use sync to exchange changes with it.</source>
        <translation>De teamdatabase bevat al %1 klanten: de eerste inhoud gaat alleen naar een lege. Gebruik sync om wijzigingen ermee uit te wisselen.</translation>
    </message>
    <message>
        <source>use: --server URL init, or sync --server URL (see sync --help).</source>
        <translation>gebruik: --server URL init, of sync --server URL (zie sync --help).</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 lezen</translation>
    </message>
    <message>
        <source>%1 syncs with another team database; it cannot sync with %2 too.</source>
        <translation>%1 synchroniseert met een andere teamdatabase; het kan niet ook met %2 synchroniseren.</translation>
    </message>
    <message>
        <source>Syncing: %1 records</source>
        <translation>Synchroniseren: %1 records</translation>
    </message>
    <message>
        <source>sent %1, received %2, conflicts %3</source>
        <translation>verzonden %1, ontvangen %2, conflicten %3</translation>
    </message>
    <message>
        <source>Usage: relatio-cli --server URL [--lang en|nl|nb] init [--db PATH] [--password-stdin]
       relatio-cli [--db PATH] [--lang en|nl|nb] sync --server URL [--password-stdin]
                   [--save-password] [--subset owner=NAME|tag=NAME|country=CODE|all]...

  init   create the team database&apos;s schema on the PostgreSQL server (all or nothing;
         nothing to do when it is there). With --db, that database is uploaded as the
         first content, if the team database holds no customers yet
  sync   exchange changes with the team database both ways: what changed there comes in,
         what changed here goes out; prints &apos;sent N, received N, conflicts N&apos;

  URL               postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE&amp;sslrootcert=FILE
                    &amp;connect_timeout=SECONDS]; no password in it
  --password-stdin  read the password from the first line of standard input
  --save-password   keep that password in the system keychain for the next time
  --subset          keep only some customers on this computer: those of a team member, with
                    a tag or in a country (repeat it for several: any of them), each with
                    its organisation, contacts, orders and consents; &apos;all&apos; keeps every
                    customer again. Remembered for the next syncs

The password is otherwise taken from the system keychain, then by PostgreSQL&apos;s own
rules (~/.pgpass, PGPASSWORD).
</source>
        <translation>Gebruik: relatio-cli --server URL [--lang en|nl|nb] init [--db PATH] [--password-stdin]
         relatio-cli [--db PATH] [--lang en|nl|nb] sync --server URL [--password-stdin]
                     [--save-password] [--subset owner=NAAM|tag=NAAM|country=CODE|all]...

  init   maak het schema van de teamdatabase op de PostgreSQL-server (alles of niets;
         niets te doen als het er al is). Met --db wordt die database de eerste inhoud,
         als de teamdatabase nog geen klanten heeft
  sync   wissel wijzigingen in beide richtingen uit met de teamdatabase: wat daar veranderde
         komt binnen, wat hier veranderde gaat weg; toont &apos;sent N, received N, conflicts N&apos;
         in de gekozen taal

  URL               postgresql://GEBRUIKER@HOST[:POORT]/DATABASE[?sslmode=MODUS&amp;sslrootcert=
                    BESTAND&amp;connect_timeout=SECONDEN]; zonder wachtwoord erin
  --password-stdin  lees het wachtwoord van de eerste regel van standaardinvoer
  --save-password   bewaar dat wachtwoord voor de volgende keer in de sleutelhanger van het
                    systeem
  --subset          bewaar alleen sommige klanten op deze computer: die van een teamlid, met
                    een label of in een land (herhaal het voor meer: elk ervan), elk met
                    zijn organisatie, contactmomenten, orders en toestemmingen; &apos;all&apos;
                    bewaart weer alle klanten. Onthouden voor de volgende synchronisaties

Anders komt het wachtwoord uit de sleutelhanger van het systeem, daarna volgens de regels
van PostgreSQL zelf (~/.pgpass, PGPASSWORD).
</translation>
    </message>
    <message>
        <source>--subset is for sync: it says which customers this computer keeps.</source>
        <translation>--subset hoort bij sync: het zegt welke klanten deze computer bewaart.</translation>
    </message>
    <message>
        <source>relatio-cli: note: this computer keeps %1 from now on.</source>
        <translation>relatio-cli: let op: deze computer bewaart vanaf nu %1.</translation>
    </message>
    <message>
        <source>relatio-cli: note: %1</source>
        <translation>relatio-cli: let op: %1</translation>
    </message>
    <message>
        <source>Usage: relatio-cli [--db PATH] [--lang en|nl|nb] COMMAND [options]

Commands:
  demo --customers N [--interactions M] [--orders K] [--seed S]
                                  write N demo customers (Dutch, Belgian, Norwegian) into an
                                  empty database, with M contacts in the two years before
                                  1 November 2026 (default: 4 per customer) and follow-ups,
                                  and K order lines in those years from a catalogue of 40
                                  products (default: 3 per customer; at most 10 per customer
                                  and 100 million); the same seed gives the same data. With
                                  orders, the value analysis (value fit) runs after them
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
  import orders FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                     [--dry-run] [--rejects FILE]
                                  import order lines in one transaction. Columns: uuid,
                                  order_id, customer_uuid, customer_external_id, customer_email,
                                  ordered_on, amount, currency, quantity, channel, product_sku,
                                  product, category (or their names in Dutch or Norwegian).
                                  Customers are found as for contacts. amount as 12.50, 12,50,
                                  1.234,56 or 1,234.56 (negative for a refund; 1.234 alone is
                                  ambiguous and an error); currency an ISO 4217 code, empty for
                                  the product&apos;s or the customer&apos;s country&apos;s; quantity a whole
                                  number (default 1); products not stored yet are added. A row
                                  with a stored uuid, or else order_id and product, is skipped
                                  (default), updated, or created anyway. --dry-run and --rejects
                                  work as for customers
  export orders FILE [--delimiter C] [--bom] [--from DATE] [--to DATE] [--customer KEY]
                                  export every order line in those columns, so that the file
                                  imports again; --from and --to keep the orders of those days
                                  (both included), --customer those of one customer
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
  report maturity [--unit NAME] [--json]
                                  the CRM maturity view: the five phases with their criteria
                                  (met, not met, not measured), the phase reached by the unit&apos;s
                                  latest self-assessment, the evidence from the CRM&apos;s data with
                                  value and threshold, what blocks the next phase and the next
                                  steps; without --unit the evidence alone. An unknown unit is
                                  an error (exit 1)
  value fit [--calibration-end DATE] [--unit week|day|month] [--currency CODE] [--json]
                                  fit the BG/NBD and Gamma-Gamma models to the purchases (same-
                                  day purchases count as one; calibration end default: the last
                                  purchase day; unit default: week), score the RFM segments and
                                  store the analysis; prints the parameters, log-likelihoods,
                                  customers and purchases
  value clv [--months N] [--discount R] [--calibration-end DATE] [--unit U] [--output FILE]
                                  the same, then per customer (Relatio id, external id, name,
                                  segment) P(alive), expected purchases and spend, and the CLV
                                  over N months (default 12) discounted at R a month (default
                                  0.01); a table, or CSV to FILE
  --server URL init [--db PATH]   create the team database on a PostgreSQL server (URL:
                                  postgresql://USER@HOST:PORT/DB[?sslmode=…]); with --db,
                                  upload that database as its first content
  sync --server URL [--password-stdin] [--save-password]
                                  exchange changes with the team database both ways; prints
                                  sent, received and conflicts (exit 0), or the error (exit 1);
                                  --subset owner=NAME|tag=NAME|country=CODE|all keeps only
                                  some customers here (see sync --help)

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
  demo --customers N [--interactions M] [--orders K] [--seed S]
                                  schrijft N demoklanten (Nederlands, Belgisch, Noors) in een
                                  lege database, met M contactmomenten in de twee jaar vóór
                                  1 november 2026 (standaard: 4 per klant) en opvolgingen,
                                  en K bestelregels in die jaren uit een catalogus van 40
                                  producten (standaard: 3 per klant; hoogstens 10 per klant
                                  en 100 miljoen); dezelfde seed geeft dezelfde gegevens. Met
                                  bestellingen draait daarna de waardeanalyse (value fit)
  info                            toont het databasebestand, de schemaversie en de aantallen
                                  records
  backup FILE                     schrijft een consistente kopie van de database naar FILE
  inspect FILE [--json] [--delimiter C] [--encoding NAME]
                                  toont hoe een CSV-bestand wordt gelezen: de codering en het
                                  scheidingsteken, en daarna de records als JSON-array van
                                  objecten met de kopregel als sleutels; --json toont één
                                  JSON-object met dat alles
  import customers FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                        [--dry-run] [--rejects FILE]
                                  importeert klanten uit een CSV-bestand in één transactie;
                                  een rij die overeenkomt met een record (Relatio-id, extern
                                  id, dan e-mail) wordt overgeslagen (standaard), bijgewerkt
                                  of toch aangemaakt. Rijen met fouten stoppen de import,
                                  tenzij --rejects een bestand voor die rijen noemt: dan
                                  worden de goede rijen geïmporteerd. --dry-run controleert
                                  alleen
  export customers FILE [--delimiter C] [--bom]
                                  exporteert alle klanten als standaardklantenbestand; --bom
                                  markeert het als UTF-8 voor Excel
  import interactions FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                           [--dry-run] [--rejects FILE]
                                  importeert contactmomenten met klanten in één transactie.
                                  Kolommen: uuid, customer_uuid, customer_external_id,
                                  customer_email, occurred_at, channel, direction, kind,
                                  subject, notes, handled_by, csat, nps, taken_by, taken_at,
                                  resolved_at (of hun Nederlandse of Noorse namen; elke andere
                                  kolom is een fout). De klant van een rij wordt gevonden op
                                  extern id, anders op primair e-mailadres, anders op
                                  Relatio-id; een klant die niet wordt gevonden of die wordt
                                  gedeeld, is een fout. occurred_at is ISO 8601 (een tijd
                                  zonder zone is lokaal) of een datum als 1-3-2024; channel
                                  een code (phone, email, web, chat, social, visit, post, app)
                                  of de naam van een kanaal; direction in of out (standaard
                                  in); kind question, complaint, order, feedback, self_service
                                  of other (standaard); csat 1-5; nps 0-10; onbekende
                                  teamleden in handled_by en taken_by worden toegevoegd. Een
                                  rij waarvan de uuid al is opgeslagen, wordt overgeslagen
                                  (standaard), bijgewerkt of toch aangemaakt met een nieuwe
                                  uuid. --dry-run en --rejects werken zoals bij klanten
  export interactions FILE [--delimiter C] [--bom] [--from DATE] [--to DATE] [--customer KEY]
                                  exporteert alle contactmomenten in die kolommen, met het
                                  Relatio-id, het externe id en het e-mailadres van de klant,
                                  zodat het bestand opnieuw kan worden geïmporteerd; --from en
                                  --to houden de contactmomenten van die dagen over (beide
                                  inbegrepen), --customer die van één klant (op extern id,
                                  e-mail of Relatio-id)
  import orders FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                     [--dry-run] [--rejects FILE]
                                  importeert bestelregels in één transactie. Kolommen: uuid,
                                  order_id, customer_uuid, customer_external_id, customer_email,
                                  ordered_on, amount, currency, quantity, channel, product_sku,
                                  product, category (of hun Nederlandse of Noorse namen).
                                  Klanten worden gevonden zoals bij contactmomenten. amount als
                                  12.50, 12,50, 1.234,56 of 1,234.56 (negatief voor een
                                  terugbetaling; 1.234 alleen is dubbelzinnig en een fout);
                                  currency een ISO 4217-code, leeg voor die van het product of
                                  van het land van de klant; quantity een geheel getal
                                  (standaard 1); producten die nog niet zijn opgeslagen, worden
                                  toegevoegd. Een rij met een opgeslagen uuid, of anders met
                                  order_id en product, wordt overgeslagen (standaard),
                                  bijgewerkt of toch aangemaakt. --dry-run en --rejects werken
                                  zoals bij klanten
  export orders FILE [--delimiter C] [--bom] [--from DATE] [--to DATE] [--customer KEY]
                                  exporteert alle bestelregels in die kolommen, zodat het
                                  bestand opnieuw kan worden geïmporteerd; --from en --to
                                  houden de bestellingen van die dagen over (beide
                                  inbegrepen), --customer die van één klant
  export marketing --purpose P FILE [--delimiter C] [--bom]
                                  exporteert de mailing- of bellijst voor een toestemmingsdoel
                                  (op code: newsletter, email_marketing, phone, post,
                                  profiling; of op naam): niet-verwijderde klanten van wie de
                                  toestemming geldt, met een bevestigd e-mailadres waar het
                                  doel dat vereist. Elke export wordt vastgelegd (wie, wanneer,
                                  doel, hoeveel)
  privacy export-subject ID FILE  schrijft alles wat over een klant is vastgelegd (op rij-id
                                  of Relatio-id): FILE als JSON en daarnaast een leesbaar
                                  .html-document (FILE eindigend op .html: het document, met
                                  de JSON ernaast)
  privacy erase ID                wist een klant overal: elke tabel, de zoekindex, de vrije
                                  pagina&apos;s en het logboek van het databasebestand, en de
                                  foutenbestanden van imports; alleen een verwijdermarkering
                                  met het Relatio-id blijft over. Dit kan niet ongedaan
                                  worden gemaakt
  report maturity [--unit NAME] [--json]
                                  het overzicht van de CRM-volwassenheid: de vijf fasen met
                                  hun criteria (voldaan, niet voldaan, niet gemeten), de fase
                                  die de laatste zelfbeoordeling van de eenheid bereikt, het
                                  bewijs uit de gegevens van het CRM met waarde en drempel,
                                  wat de volgende fase tegenhoudt en de volgende stappen;
                                  zonder --unit alleen het bewijs. Een onbekende eenheid is
                                  een fout (exit 1)
  value fit [--calibration-end DATE] [--unit week|day|month] [--currency CODE] [--json]
                                  bepaalt de modellen BG/NBD en Gamma-Gamma uit de aankopen
                                  (aankopen op dezelfde dag tellen als één; standaard
                                  kalibratie-einde: de laatste aankoopdag; standaardeenheid:
                                  week), scoort de RFM-segmenten en slaat de analyse op; toont
                                  de parameters, log-likelihoods, klanten en aankopen
  value clv [--months N] [--discount R] [--calibration-end DATE] [--unit U] [--output FILE]
                                  hetzelfde, en daarna per klant (Relatio-id, extern id, naam,
                                  segment) P(alive), verwachte aankopen en besteding, en de
                                  CLV over N maanden (standaard 12), verdisconteerd met R per
                                  maand (standaard 0.01); een tabel, of CSV naar FILE
  --server URL init [--db PATH]   maak de teamdatabase op een PostgreSQL-server (URL:
                                  postgresql://GEBRUIKER@HOST:POORT/DB[?sslmode=…]); met --db
                                  wordt die database de eerste inhoud
  sync --server URL [--password-stdin] [--save-password]
                                  wissel wijzigingen in beide richtingen uit met de
                                  teamdatabase; toont verzonden, ontvangen en conflicten
                                  (exitcode 0), of de fout (exitcode 1); --subset
                                  owner=NAAM|tag=NAAM|country=CODE|all bewaart hier alleen
                                  sommige klanten (zie sync --help)

Opties:
  --db PATH      het databasebestand (standaard: %1)
  --lang L       taal van de meldingen: en, nl of nb
  -h, --help     toont deze hulp
  -v, --version  toont de versie

Afsluitcodes: 0 gelukt, 1 mislukt (bij import: de invoer bevatte fouten; elke fout wordt
getoond als FILE:LINE:COLUMN: melding), 2 gebruiksfout.
</translation>
    </message>
    <message>
        <source>--server needs the team database&apos;s URL: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>--server heeft de URL van de teamdatabase nodig: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Give --db or --server, not both.</source>
        <translation>Geef --db of --server, niet allebei.</translation>
    </message>
    <message>
        <source>--password-stdin gives the password of the team database named with --server.</source>
        <translation>--password-stdin geeft het wachtwoord van de teamdatabase die met --server is genoemd.</translation>
    </message>
    <message>
        <source>%1 works on a Relatio file, not yet on a team database: give --db PATH (a file that syncs with the team database) instead of --server.</source>
        <translation>%1 werkt in een Relatio-bestand, nog niet in een teamdatabase: geef --db PATH (een bestand dat met de teamdatabase synchroniseert) in plaats van --server.</translation>
    </message>
    <message>
        <source>Syncing with the team database</source>
        <translation>Synchroniseren met de teamdatabase</translation>
    </message>
    <message>
        <source>
Team database: with --server URL (postgresql://USER@HOST[:PORT]/DB[?sslmode=…]) instead of
--db, info, demo, report maturity, export customers|interactions|orders|marketing, privacy
export-subject and privacy erase work on the team database itself (an erasure there reaches
every laptop at its next sync). import customers|interactions|orders and value fit|clv work on
this computer&apos;s copy of the team database (kept in the folder RELATIO_TEAM_COPIES names, else
in the data folder&apos;s team-copies): a sync brings it up to date first; an import is then sent
with a second sync (exit 1 when that sync fails: the import waits in the copy for the next one).
--password-stdin reads the password from the first line of standard input (else the system
keychain, then ~/.pgpass or PGPASSWORD). The other commands work on a Relatio file.
</source>
        <translation>
Teamdatabase: met --server URL (postgresql://GEBRUIKER@HOST[:POORT]/DB[?sslmode=…]) in plaats van
--db werken info, demo, report maturity, export customers|interactions|orders|marketing, privacy
export-subject en privacy erase op de teamdatabase zelf (een verwijdering daar bereikt elke
laptop bij zijn volgende synchronisatie). import customers|interactions|orders en value fit|clv
werken op de kopie van de teamdatabase op deze computer (in de map die RELATIO_TEAM_COPIES noemt,
anders in team-copies in de gegevensmap): een synchronisatie werkt die eerst bij; een import wordt
daarna met een tweede synchronisatie verstuurd (exitcode 1 als die mislukt: de import wacht dan in
de kopie op de volgende). --password-stdin leest het wachtwoord van de eerste regel van
standaardinvoer (anders de systeemsleutelhanger, dan ~/.pgpass of PGPASSWORD). De andere
opdrachten werken op een Relatio-bestand.
</translation>
    </message>
    <message>
        <source>Bringing this computer&apos;s copy of the team database up to date: %1 records</source>
        <translation>De kopie van de teamdatabase op deze computer bijwerken: %1 records</translation>
    </message>
    <message>
        <source>Upgraded the team database on %1 to schema version %2.</source>
        <translation>De teamdatabase op %1 is bijgewerkt naar schemaversie %2.</translation>
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
    <name>CoPurchase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Counting the products bought together</source>
        <translation>Tellen van de samen gekochte producten</translation>
    </message>
    <message>
        <source>Reading the purchases</source>
        <translation>Lezen van de aankopen</translation>
    </message>
    <message>
        <source>Counting the products bought together was cancelled.</source>
        <translation>Het tellen van de samen gekochte producten is geannuleerd.</translation>
    </message>
    <message>
        <source>Purchase of customer %1 names product id %2, beyond what the co-purchase counts hold (1 to %3).</source>
        <translation>Een aankoop van klant %1 noemt product-id %2, buiten het bereik van de tellingen van samen gekochte producten (1 tot en met %3).</translation>
    </message>
    <message>
        <source>Clearing the old co-purchase counts</source>
        <translation>Wissen van de oude tellingen van samen gekochte producten</translation>
    </message>
    <message>
        <source>Writing the co-purchase counts</source>
        <translation>Schrijven van de tellingen van samen gekochte producten</translation>
    </message>
    <message>
        <source>Reading the products</source>
        <translation>Lezen van de producten</translation>
    </message>
    <message>
        <source>Reading the products bought together</source>
        <translation>Lezen van de samen gekochte producten</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s purchases</source>
        <translation>Lezen van de aankopen van de klant</translation>
    </message>
    <message>
        <source>Reading the co-purchase counts</source>
        <translation>Lezen van de tellingen van samen gekochte producten</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
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
        <source>Organisation name</source>
        <translation>Organisatienaam</translation>
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
        <source>Street</source>
        <translation>Straat</translation>
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
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Extern id</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>niet verwijderd</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>deleted on %1</source>
        <translation>verwijderd op %1</translation>
    </message>
    <message>
        <source>(a record not here)</source>
        <translation>(een record dat hier niet is)</translation>
    </message>
    <message>
        <source>Reading the conflict list</source>
        <translation>De conflictenlijst lezen</translation>
    </message>
    <message>
        <source>Answering a conflict</source>
        <translation>Een conflict beantwoorden</translation>
    </message>
    <message>
        <source>The conflict is no longer listed.</source>
        <translation>Het conflict staat niet meer in de lijst.</translation>
    </message>
    <message>
        <source>The customer of this conflict is not here.</source>
        <translation>De klant van dit conflict is hier niet.</translation>
    </message>
    <message>
        <source>That team member is not here.</source>
        <translation>Dat teamlid is hier niet.</translation>
    </message>
    <message>
        <source>That organisation is not here.</source>
        <translation>Die organisatie is hier niet.</translation>
    </message>
    <message>
        <source>The field %1 cannot be set back here.</source>
        <translation>Het veld %1 kan hier niet worden teruggezet.</translation>
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
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Afgehandeld door</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Tevredenheid (1-5)</translation>
    </message>
    <message>
        <source>Would recommend (0-10)</source>
        <translation>Zou aanbevelen (0-10)</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Opgepakt door</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Opgepakt op</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
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
        <source>not resolved</source>
        <translation>niet opgelost</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>niet afgerond</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Contact “%1”</source>
        <translation>Contact “%1”</translation>
    </message>
    <message>
        <source>Follow-up “%1”</source>
        <translation>Opvolging “%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What the overwritten value names is not here.</source>
        <translation>Waar de overschreven waarde naar verwijst, is hier niet aanwezig.</translation>
    </message>
    <message>
        <source>The record of this conflict is not here.</source>
        <translation>Het record van dit conflict is hier niet aanwezig.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Place in the list</source>
        <translation>Plaats in de lijst</translation>
    </message>
    <message>
        <source>Social medium</source>
        <translation>Sociaal medium</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Double opt-in</source>
        <translation>Dubbele opt-in</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Motives</source>
        <translation>Drijfveren</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Voorkeurskanalen</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Score (0-5)</source>
        <translation>Score (0-5)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>List price (cents)</source>
        <translation>Catalogusprijs (centen)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Besteld op</translation>
    </message>
    <message>
        <source>Amount (cents)</source>
        <translation>Bedrag (centen)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Unit “%1”</source>
        <translation>Eenheid “%1”</translation>
    </message>
    <message>
        <source>Persona “%1”</source>
        <translation>Persona “%1”</translation>
    </message>
    <message>
        <source>A rule of persona “%1”</source>
        <translation>Een regel van persona “%1”</translation>
    </message>
    <message>
        <source>Assessment of %1 on %2</source>
        <translation>Beoordeling van %1 op %2</translation>
    </message>
    <message>
        <source>Assessment of %1 on %2,
“%3”</source>
        <translation>Beoordeling van %1 op %2,
“%3”</translation>
    </message>
    <message>
        <source>Order of %1 on %2</source>
        <translation>Bestelling van %1 op %2</translation>
    </message>
    <message>
        <source>Team member “%1”</source>
        <translation>Teamlid “%1”</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Label “%1”</translation>
    </message>
    <message>
        <source>Channel “%1”</source>
        <translation>Kanaal “%1”</translation>
    </message>
    <message>
        <source>Product “%1”</source>
        <translation>Product “%1”</translation>
    </message>
    <message>
        <source>Consent purpose “%1”</source>
        <translation>Toestemmingsdoel “%1”</translation>
    </message>
    <message>
        <source>A record not here (%1)</source>
        <translation>Een record dat hier niet is (%1)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in gebruik</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>the team database</source>
        <translation>de teamdatabase</translation>
    </message>
    <message>
        <source>another computer (%1)</source>
        <translation>een andere computer (%1)</translation>
    </message>
    <message>
        <source>Another tag is called “%1” now. Rename or remove that tag first, then put this name back.</source>
        <translation>Een andere tag heet nu “%1”. Geef die tag eerst een andere naam of verwijder hem, en zet deze naam dan terug.</translation>
    </message>
    <message>
        <source>Another product has the SKU “%1” now. Change that product&apos;s SKU first, then put this one back.</source>
        <translation>Een ander product heeft nu de SKU “%1”. Wijzig eerst de SKU van dat product en zet deze dan terug.</translation>
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
    <name>CostEntryRepository</name>
    <message>
        <source>Reading the costs</source>
        <translation>Lezen van de kosten</translation>
    </message>
    <message>
        <source>Reading the cost</source>
        <translation>Lezen van de kostenpost</translation>
    </message>
    <message>
        <source>The cost entry no longer exists.</source>
        <translation>De kostenpost bestaat niet meer.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Geef de eerste en de laatste dag van de periode op.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>De periode eindigt (%1) voordat deze begint (%2).</translation>
    </message>
    <message>
        <source>A segment is 0 (all segments) to 10, not %1.</source>
        <translation>Een segment is 0 (alle segmenten) tot en met 10, niet %1.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Een kostenpost kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO code such as EUR, not “%1”.</source>
        <translation>Een valuta is een ISO-code van drie letters, zoals EUR, niet “%1”.</translation>
    </message>
    <message>
        <source>Checking the cost</source>
        <translation>Controleren van de kostenpost</translation>
    </message>
    <message>
        <source>The channel no longer exists.</source>
        <translation>Het kanaal bestaat niet meer.</translation>
    </message>
    <message>
        <source>Adding the cost</source>
        <translation>Toevoegen van de kostenpost</translation>
    </message>
    <message>
        <source>Saving the cost</source>
        <translation>Opslaan van de kostenpost</translation>
    </message>
    <message>
        <source>Deleting the cost</source>
        <translation>Verwijderen van de kostenpost</translation>
    </message>
    <message>
        <source>Restoring the cost</source>
        <translation>Herstellen van de kostenpost</translation>
    </message>
    <message>
        <source>The cost entry is not deleted.</source>
        <translation>De kostenpost is niet verwijderd.</translation>
    </message>
    <message>
        <source>Reading the currencies</source>
        <translation>Lezen van de valuta</translation>
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
    <name>CustomerIdResolver</name>
    <message>
        <source>Value segments are worked out on each computer from the orders it holds; a team database has none to filter by.</source>
        <translation>Waardesegmenten worden op elke computer berekend uit de bestellingen die daar staan; een teamdatabase heeft er geen om op te filteren.</translation>
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
    <name>CustomerMatcher</name>
    <message>
        <source>Two or more customers have the external id “%1”; give the customer&apos;s Relatio id (customer_uuid) to say which.</source>
        <translation>Twee of meer klanten hebben het externe id “%1”; geef het Relatio-id van de klant (customer_uuid) op om aan te geven welke.</translation>
    </message>
    <message>
        <source>Two or more customers have the e-mail address “%1”; give the customer&apos;s external id or Relatio id to say which.</source>
        <translation>Twee of meer klanten hebben het e-mailadres “%1”; geef het externe id of het Relatio-id van de klant op om aan te geven welke.</translation>
    </message>
    <message>
        <source>The customer %1 is deleted; restore it to import its %2.</source>
        <translation>De klant %1 is verwijderd; herstel deze klant om de %2 te importeren.</translation>
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
    <message>
        <source>%1 is no longer in this database (it was erased, or its creation undone, elsewhere since you opened it). Your changes were not saved.</source>
        <translation>%1 staat niet meer in deze database (elders gewist, of het aanmaken ongedaan gemaakt, sinds u de klant opende). Uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since you opened it, and so were fields you changed: %2.</source>
        <translation>%1 is elders gewijzigd sinds u de klant opende, ook in velden die u wijzigde: %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who changed a field, and when</comment>
        <translation>%1, %2</translation>
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
    <message>
        <source>By value segment</source>
        <translation>Per waardesegment</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle segmenten</translation>
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
    <message>
        <source>%1: the team database is busy: a colleague&apos;s save or a laptop&apos;s sync is writing the same records (%2). Nothing was changed; try again in a moment.</source>
        <translation>%1: de teamdatabase is bezig: een collega slaat op of een laptop synchroniseert en schrijft dezelfde gegevens (%2). Er is niets gewijzigd; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan geen verbinding maken met %1: %2</translation>
    </message>
    <message>
        <source>%1 is a team database on a PostgreSQL server: back it up there (pg_dump).</source>
        <translation>%1 is een teamdatabase op een PostgreSQL-server: maak de reservekopie daar (pg_dump).</translation>
    </message>
    <message>
        <source>%1: this is done on a Relatio file, not yet on a team database. Open a Relatio file that syncs with the team database to do it there.</source>
        <translation>%1: dit gebeurt in een Relatio-bestand, nog niet in een teamdatabase. Open een Relatio-bestand dat met de teamdatabase synchroniseert om het daar te doen.</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>Writing the demo&apos;s personas, costs, prices and maturity assessments: %1</source>
        <translation>Schrijven van de persona&apos;s, kosten, prijzen en volwassenheidsbeoordelingen van de demo: %1</translation>
    </message>
    <message>
        <source>Writing the demo setup</source>
        <translation>Schrijven van de demo-inrichting</translation>
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
    <message>
        <source>Demo data has at most %1 order lines per customer and %2 in all.</source>
        <translation>Demogegevens hebben hoogstens %1 bestelregels per klant en %2 in totaal.</translation>
    </message>
    <message>
        <source>products</source>
        <translation>producten</translation>
    </message>
    <message>
        <source>orders of customer %1</source>
        <translation>bestellingen van klant %1</translation>
    </message>
    <message>
        <source>The demo data is written, but its setup failed: %1</source>
        <translation>De demogegevens zijn geschreven, maar de inrichting ervan is mislukt: %1</translation>
    </message>
    <message>
        <source>Writing demo data: no temporary folder: %1</source>
        <translation>Demogegevens schrijven: geen tijdelijke map: %1</translation>
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
    <message>
        <source>Customer %1 could not be erased on the team database.</source>
        <translation>Klant %1 kon niet in de teamdatabase worden gewist.</translation>
    </message>
</context>
<context>
    <name>EvidenceQuery</name>
    <message>
        <source>Measuring the maturity evidence</source>
        <translation>Meten van het bewijs voor de volwassenheid</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 van %2 klanten</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 van %2 contactmomenten</translation>
    </message>
    <message>
        <source>Measuring the maturity evidence was cancelled.</source>
        <translation>Het meten van het bewijs voor de volwassenheid is geannuleerd.</translation>
    </message>
    <message>
        <source>no contacts recorded in the last 12 months</source>
        <translation>geen contactmomenten vastgelegd in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>no customers recorded</source>
        <translation>geen klanten vastgelegd</translation>
    </message>
    <message>
        <source>no follow-ups due in the last 12 months</source>
        <translation>geen opvolgingen met een vervaldatum in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>%1 of %2 follow-ups</source>
        <translation>%1 van %2 opvolgingen</translation>
    </message>
    <message>
        <source>no team member belongs to an organisation unit</source>
        <translation>geen enkel teamlid hoort bij een organisatie-eenheid</translation>
    </message>
    <message>
        <source>no marketing permissions recorded</source>
        <translation>geen marketingtoestemmingen vastgelegd</translation>
    </message>
    <message>
        <source>%1 of %2 channels</source>
        <translation>%1 van %2 kanalen</translation>
    </message>
    <message>
        <source>no NPS answers in the last 12 months</source>
        <translation>geen NPS-antwoorden in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>%1 promoters, %2 detractors of %3 answers</source>
        <translation>%1 promotors, %2 criticasters van %3 antwoorden</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>nog niet gemeten</translation>
    </message>
</context>
<context>
    <name>FileOnly</name>
    <message>
        <source>Done on a Relatio file, not yet on a team database: open a Relatio file that syncs with the team database (File › Open Relatio File…) to do it there.</source>
        <translation>Gebeurt in een Relatio-bestand, nog niet in een teamdatabase: open een Relatio-bestand dat met de teamdatabase synchroniseert (Bestand › Relatio-bestand openen…) om het daar te doen.</translation>
    </message>
    <message>
        <source>%1 are worked out on a Relatio file, from the records it holds; a team database does not work them out yet.</source>
        <translation>%1 worden in een Relatio-bestand berekend, uit de gegevens die het bevat; een teamdatabase berekent ze nog niet.</translation>
    </message>
    <message>
        <source>To see them, open a Relatio file that syncs with the team database: File › Open Relatio File…, then File › Sync with Team Server… brings it up to date.</source>
        <translation>Open om ze te zien een Relatio-bestand dat met de teamdatabase synchroniseert: Bestand › Relatio-bestand openen…; Bestand › Synchroniseren met teamserver… brengt het daarna bij.</translation>
    </message>
    <message>
        <source>this computer&apos;s copy of the team database cannot be had: %1</source>
        <translation>de kopie van de teamdatabase op deze computer is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>%1 are worked out on this computer&apos;s copy of the team database, which cannot be had: %2</source>
        <translation>%1 worden berekend op de kopie van de teamdatabase op deze computer, en die is niet beschikbaar: %2</translation>
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
    <name>HeaderRow</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Columns %1 (“%2”) and %3 (“%4”) both hold the %5; keep one of them.</source>
        <translation>Kolom %1 (“%2”) en kolom %3 (“%4”) bevatten allebei %5; houd er één van over.</translation>
    </message>
    <message>
        <source>The columns are: %1 (or their names in Dutch or Norwegian).</source>
        <translation>De kolommen zijn: %1 (of hun Nederlandse of Noorse namen).</translation>
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
        <source>The contacts were imported, but the rejects file %1 could not be written: %2</source>
        <translation>De contactmomenten zijn geïmporteerd, maar het foutenbestand %1 kon niet worden geschreven: %2</translation>
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
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Afgehandeld door</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Tevredenheid (1–5)</translation>
    </message>
    <message>
        <source>Recommendation (0–10)</source>
        <translation>Aanbeveling (0–10)</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Opgepakt door</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who took a complaint, and when</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Niet opgelost</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Verwijderd %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>The contact is no longer in this database (its customer was erased elsewhere since you opened it). Your changes were not saved.</source>
        <translation>Het contact staat niet meer in deze database (de klant is elders gewist sinds u het opende). Uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>The contact was changed elsewhere since you opened it, and so were fields you changed: %1.</source>
        <translation>Het contact is elders gewijzigd sinds u het opende, ook in velden die u wijzigde: %1.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
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
        <source>Done %1</source>
        <translation>Afgerond %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet afgerond</translation>
    </message>
    <message>
        <source>The follow-up was changed elsewhere since you opened it, and so were fields you changed: %1.</source>
        <translation>De opvolging is elders gewijzigd sinds u haar opende, ook in velden die u wijzigde: %1.</translation>
    </message>
    <message>
        <source>The follow-up was deleted elsewhere since you opened it. Your changes were not saved.</source>
        <translation>De opvolging is elders verwijderd sinds u haar opende. Uw wijzigingen zijn niet opgeslagen.</translation>
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
    <name>Keychain</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>de sleutelhanger van het systeem antwoordde niet</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Het wachtwoord kon niet in de sleutelhanger van het systeem worden bewaard: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
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
    <name>Maturity</name>
    <message>
        <source>No CRM</source>
        <translation>Geen CRM</translation>
    </message>
    <message>
        <source>Transaction-driven: the focus is on new business, with no attention to retention.</source>
        <translation>Transactiegedreven: de focus ligt op nieuwe verkoop, zonder aandacht voor klantbehoud.</translation>
    </message>
    <message>
        <source>Operational CRM</source>
        <translation>Operationeel CRM</translation>
    </message>
    <message>
        <source>CRM per department or process (marketing, sales, service); customer data is scattered over several systems and the customer picture is fragmented.</source>
        <translation>CRM per afdeling of proces (marketing, verkoop, service); klantgegevens zijn verspreid over meerdere systemen en het klantbeeld is versnipperd.</translation>
    </message>
    <message>
        <source>Customer Relationship Management</source>
        <translation>Klantrelatiebeheer</translation>
    </message>
    <message>
        <source>Customer processes across departments and one central CRM solution; customer data and processes in order under a data-quality policy. The hardest step for large organisations, and the foundation of the next two.</source>
        <translation>Klantprocessen over afdelingen heen en één centrale CRM-oplossing; klantgegevens en processen op orde onder een datakwaliteitsbeleid. De moeilijkste stap voor grote organisaties, en het fundament voor de volgende twee.</translation>
    </message>
    <message>
        <source>Customer Experience</source>
        <translation>Klantbeleving</translation>
    </message>
    <message>
        <source>Employees have room and responsibility; customers choose and switch channels (omnichannel), help themselves online, and loyal customers act as ambassadors.</source>
        <translation>Medewerkers hebben ruimte en verantwoordelijkheid; klanten kiezen en wisselen van kanaal (omnichannel), helpen zichzelf online, en trouwe klanten treden op als ambassadeurs.</translation>
    </message>
    <message>
        <source>Customer Centric</source>
        <translation>Klantgericht</translation>
    </message>
    <message>
        <source>Customer orientation is built into processes, organisation and culture; value for and from the customer is in balance; customers co-create; the brand carries through the whole customer journey.</source>
        <translation>Klantgerichtheid is verankerd in processen, organisatie en cultuur; waarde voor en van de klant is in balans; klanten creëren mee; het merk loopt door in de hele klantreis.</translation>
    </message>
    <message>
        <source>Customer details and contacts are recorded in a CRM system, at least per department.</source>
        <translation>Klantgegevens en contactmomenten worden vastgelegd in een CRM-systeem, ten minste per afdeling.</translation>
    </message>
    <message>
        <source>Record every customer contact in the CRM, starting with sales and service.</source>
        <translation>Leg elk klantcontact vast in het CRM, te beginnen bij verkoop en service.</translation>
    </message>
    <message>
        <source>Marketing, sales and service each work with a defined customer process.</source>
        <translation>Marketing, verkoop en service werken elk met een vastgelegd klantproces.</translation>
    </message>
    <message>
        <source>Describe the customer process of each department: who does what, when, in which system.</source>
        <translation>Beschrijf het klantproces van elke afdeling: wie doet wat, wanneer, in welk systeem.</translation>
    </message>
    <message>
        <source>Follow-ups agreed with customers are done on time.</source>
        <translation>Opvolgingen die met klanten zijn afgesproken, worden op tijd afgerond.</translation>
    </message>
    <message>
        <source>Give every follow-up a due date and an owner, and review overdue follow-ups weekly.</source>
        <translation>Geef elke opvolging een vervaldatum en een eigenaar, en bekijk wekelijks de opvolgingen die te laat zijn.</translation>
    </message>
    <message>
        <source>One central CRM solution holds the customer data and contacts of all departments.</source>
        <translation>Eén centrale CRM-oplossing bevat de klantgegevens en contactmomenten van alle afdelingen.</translation>
    </message>
    <message>
        <source>Bring the customer data and contacts of every department and channel into the one CRM, and retire the separate lists and systems.</source>
        <translation>Breng de klantgegevens en contactmomenten van elke afdeling en elk kanaal samen in dat ene CRM, en schaf de losse lijsten en systemen af.</translation>
    </message>
    <message>
        <source>Customer processes run across departments, from marketing through sales to service.</source>
        <translation>Klantprocessen lopen over afdelingen heen, van marketing via verkoop tot service.</translation>
    </message>
    <message>
        <source>Design the customer processes end to end across departments, with hand-overs in the CRM.</source>
        <translation>Ontwerp de klantprocessen van begin tot eind over afdelingen heen, met overdrachten in het CRM.</translation>
    </message>
    <message>
        <source>A data-quality policy is in force: an owner, rules and regular checks of customer data.</source>
        <translation>Er geldt een datakwaliteitsbeleid: een eigenaar, regels en regelmatige controles van de klantgegevens.</translation>
    </message>
    <message>
        <source>Appoint an owner of customer data, agree which core data every record needs, and check completeness every month.</source>
        <translation>Wijs een eigenaar van de klantgegevens aan, spreek af welke kerngegevens elk record nodig heeft, en controleer elke maand de volledigheid.</translation>
    </message>
    <message>
        <source>Duplicate customer records are found and merged regularly.</source>
        <translation>Dubbele klantrecords worden regelmatig opgespoord en samengevoegd.</translation>
    </message>
    <message>
        <source>Find records with the same e-mail address or the same name in the same city and merge them; check for duplicates when records are created.</source>
        <translation>Zoek records met hetzelfde e-mailadres of dezelfde naam in dezelfde plaats en voeg ze samen; controleer op dubbele records wanneer records worden aangemaakt.</translation>
    </message>
    <message>
        <source>Permission for marketing is recorded for each customer.</source>
        <translation>Toestemming voor marketing wordt per klant vastgelegd.</translation>
    </message>
    <message>
        <source>Ask customers for permission for marketing and record every grant and withdrawal in the CRM.</source>
        <translation>Vraag klanten om toestemming voor marketing en leg elke toestemming en elke intrekking vast in het CRM.</translation>
    </message>
    <message>
        <source>Employees have the room and the responsibility to solve a customer&apos;s issue themselves.</source>
        <translation>Medewerkers hebben de ruimte en de verantwoordelijkheid om het probleem van een klant zelf op te lossen.</translation>
    </message>
    <message>
        <source>Give front-line employees the mandate and the information to solve issues at the first contact.</source>
        <translation>Geef medewerkers in de frontlinie het mandaat en de informatie om problemen bij het eerste contact op te lossen.</translation>
    </message>
    <message>
        <source>Customers choose their channel and can switch channels without starting over.</source>
        <translation>Klanten kiezen hun kanaal en kunnen van kanaal wisselen zonder opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>Show the whole contact history in every channel, so a conversation can continue where the customer left it.</source>
        <translation>Toon de hele contactgeschiedenis in elk kanaal, zodat een gesprek verder kan gaan waar de klant het heeft gelaten.</translation>
    </message>
    <message>
        <source>Customers can help themselves online for common questions (self-service).</source>
        <translation>Klanten kunnen zichzelf online helpen bij veelgestelde vragen (selfservice).</translation>
    </message>
    <message>
        <source>Offer online self-service for the most frequent questions and record its use.</source>
        <translation>Bied online selfservice aan voor de meest gestelde vragen en leg het gebruik ervan vast.</translation>
    </message>
    <message>
        <source>Customer satisfaction is measured after contacts, in every channel.</source>
        <translation>Klanttevredenheid wordt na contactmomenten gemeten, in elk kanaal.</translation>
    </message>
    <message>
        <source>Ask for a satisfaction score (CSAT or NPS) after contacts in every channel and record it with the contact.</source>
        <translation>Vraag na contactmomenten in elk kanaal om een tevredenheidsscore (CSAT of NPS) en leg die vast bij het contactmoment.</translation>
    </message>
    <message>
        <source>Loyal customers recommend us and act as ambassadors.</source>
        <translation>Trouwe klanten bevelen ons aan en treden op als ambassadeurs.</translation>
    </message>
    <message>
        <source>Follow up detractors, invite promoters to recommend you, and track the net promoter score.</source>
        <translation>Neem contact op met criticasters, nodig promotors uit om u aan te bevelen, en houd de Net Promoter Score bij.</translation>
    </message>
    <message>
        <source>Customer orientation is built into our processes, organisation and culture.</source>
        <translation>Klantgerichtheid is verankerd in onze processen, organisatie en cultuur.</translation>
    </message>
    <message>
        <source>Make customer outcomes part of every team&apos;s goals and of management reviews.</source>
        <translation>Maak klantresultaten onderdeel van de doelen van elk team en van managementreviews.</translation>
    </message>
    <message>
        <source>Value for the customer and value from the customer are in balance, and both are measured.</source>
        <translation>Waarde voor de klant en waarde van de klant zijn in balans, en beide worden gemeten.</translation>
    </message>
    <message>
        <source>Measure customer value (revenue, lifetime value) beside customer satisfaction and steer on both.</source>
        <translation>Meet de klantwaarde (omzet, CLV) naast de klanttevredenheid en stuur op beide.</translation>
    </message>
    <message>
        <source>Customers co-create: their ideas are captured and used to improve products and services.</source>
        <translation>Klanten creëren mee: hun ideeën worden vastgelegd en gebruikt om producten en diensten te verbeteren.</translation>
    </message>
    <message>
        <source>Capture customers&apos; ideas and feedback as contacts in the CRM and report back what was done with them.</source>
        <translation>Leg ideeën en feedback van klanten vast als contactmomenten in het CRM en laat weten wat ermee is gedaan.</translation>
    </message>
    <message>
        <source>The brand promise is kept throughout the whole customer journey.</source>
        <translation>De merkbelofte wordt in de hele klantreis waargemaakt.</translation>
    </message>
    <message>
        <source>Map the customer journey and check each step against the brand promise.</source>
        <translation>Breng de klantreis in kaart en toets elke stap aan de merkbelofte.</translation>
    </message>
    <message>
        <source>Customers with recorded contacts</source>
        <translation>Klanten met vastgelegde contactmomenten</translation>
    </message>
    <message>
        <source>Share of customers with at least one contact recorded in the last 12 months: the CRM is used in daily work.</source>
        <translation>Aandeel klanten met ten minste één vastgelegd contactmoment in de afgelopen 12 maanden: het CRM wordt in het dagelijkse werk gebruikt.</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Opvolgingen op tijd afgerond</translation>
    </message>
    <message>
        <source>Share of follow-ups due in the last 12 months that were done by their due date: how quickly customers get an answer.</source>
        <translation>Aandeel opvolgingen met een vervaldatum in de afgelopen 12 maanden die uiterlijk op hun vervaldatum zijn afgerond: hoe snel klanten antwoord krijgen.</translation>
    </message>
    <message>
        <source>Complete core data</source>
        <translation>Volledige kerngegevens</translation>
    </message>
    <message>
        <source>Share of customer records with a name, an e-mail address or phone number, a city and a country: customer data is in order.</source>
        <translation>Aandeel klantrecords met een naam, een e-mailadres of telefoonnummer, een plaats en een land: de klantgegevens zijn op orde.</translation>
    </message>
    <message>
        <source>Duplicate rate</source>
        <translation>Aandeel dubbele records</translation>
    </message>
    <message>
        <source>Share of customer records that look like another record (same e-mail address, or same name in the same city): lower is better.</source>
        <translation>Aandeel klantrecords die op een ander record lijken (hetzelfde e-mailadres, of dezelfde naam in dezelfde plaats): lager is beter.</translation>
    </message>
    <message>
        <source>Contacts in two or more channels</source>
        <translation>Contactmomenten in twee of meer kanalen</translation>
    </message>
    <message>
        <source>Share of customers with contacts in the last 12 months whose contacts were recorded in two or more channels: one picture across channels.</source>
        <translation>Aandeel klanten met contactmomenten in de afgelopen 12 maanden van wie de contactmomenten in twee of meer kanalen zijn vastgelegd: één beeld over alle kanalen.</translation>
    </message>
    <message>
        <source>Contacts by two or more departments</source>
        <translation>Contactmomenten door twee of meer afdelingen</translation>
    </message>
    <message>
        <source>Share of customers with contacts in the last 12 months whose contacts were handled by two or more organisation units: one central customer picture.</source>
        <translation>Aandeel klanten met contactmomenten in de afgelopen 12 maanden van wie de contactmomenten door twee of meer organisatie-eenheden zijn behandeld: één centraal klantbeeld.</translation>
    </message>
    <message>
        <source>Marketing permission recorded</source>
        <translation>Marketingtoestemming vastgelegd</translation>
    </message>
    <message>
        <source>Share of customers with a recorded permission decision (granted or withdrawn) for a marketing purpose.</source>
        <translation>Aandeel klanten met een vastgelegde toestemmingsbeslissing (gegeven of ingetrokken) voor een marketingdoel.</translation>
    </message>
    <message>
        <source>Contacts with a satisfaction score</source>
        <translation>Contactmomenten met een tevredenheidsscore</translation>
    </message>
    <message>
        <source>Share of contacts in the last 12 months with a CSAT or NPS answer.</source>
        <translation>Aandeel contactmomenten in de afgelopen 12 maanden met een CSAT- of NPS-antwoord.</translation>
    </message>
    <message>
        <source>Channels with satisfaction measured</source>
        <translation>Kanalen met gemeten tevredenheid</translation>
    </message>
    <message>
        <source>Share of the channels used in the last 12 months in which satisfaction was measured at least once.</source>
        <translation>Aandeel van de in de afgelopen 12 maanden gebruikte kanalen waarin de tevredenheid ten minste één keer is gemeten.</translation>
    </message>
    <message>
        <source>Self-service share</source>
        <translation>Aandeel selfservice</translation>
    </message>
    <message>
        <source>Share of contacts in the last 12 months where the customer helped themselves online.</source>
        <translation>Aandeel contactmomenten in de afgelopen 12 maanden waarbij de klant zichzelf online heeft geholpen.</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Promoters minus detractors among the NPS answers of the last 12 months, from −100 to 100: loyal customers as ambassadors.</source>
        <translation>Promotors min criticasters onder de NPS-antwoorden van de afgelopen 12 maanden, van −100 tot 100: trouwe klanten als ambassadeurs.</translation>
    </message>
    <message>
        <source>Customer ideas captured</source>
        <translation>Klantideeën vastgelegd</translation>
    </message>
    <message>
        <source>Share of customers with contacts in the last 12 months who gave feedback or an idea: customers co-create.</source>
        <translation>Aandeel klanten met contactmomenten in de afgelopen 12 maanden die feedback of een idee hebben gegeven: klanten creëren mee.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>1 – disagree</source>
        <translation>1 – oneens</translation>
    </message>
    <message>
        <source>2 – mostly disagree</source>
        <translation>2 – grotendeels oneens</translation>
    </message>
    <message>
        <source>3 – partly</source>
        <translation>3 – deels</translation>
    </message>
    <message>
        <source>4 – mostly agree</source>
        <translation>4 – grotendeels eens</translation>
    </message>
    <message>
        <source>5 – agree</source>
        <translation>5 – eens</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
</context>
<context>
    <name>MaturityReport</name>
    <message>
        <source>CRM maturity</source>
        <translation>CRM-volwassenheid</translation>
    </message>
    <message>
        <source>CRM maturity of %1</source>
        <translation>CRM-volwassenheid van %1</translation>
    </message>
    <message>
        <source>No self-assessment yet: the criteria are not measured. The evidence from the CRM&apos;s data is shown below.</source>
        <translation>Nog geen zelfbeoordeling: de criteria zijn niet gemeten. Het bewijs uit de gegevens van het CRM staat hieronder.</translation>
    </message>
    <message>
        <source>Self-assessment of %1.</source>
        <translation>Zelfbeoordeling van %1.</translation>
    </message>
    <message>
        <source>Self-assessment of %1 by %2.</source>
        <translation>Zelfbeoordeling van %1 door %2.</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
    <message>
        <source>Every phase is reached.</source>
        <translation>Elke fase is bereikt.</translation>
    </message>
    <message>
        <source>What blocks phase %1 (%2):</source>
        <translation>Wat fase %1 (%2) tegenhoudt:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2, threshold %3</source>
        <translation>%1: %2, drempel %3</translation>
    </message>
    <message>
        <source>Phase reached: %1</source>
        <translation>Bereikte fase: %1</translation>
    </message>
    <message>
        <source>Phase supported by the CRM&apos;s data: %1</source>
        <translation>Fase ondersteund door de gegevens van het CRM: %1</translation>
    </message>
    <message>
        <source>Evidence: the 12 months up to %1.</source>
        <translation>Bewijs: de 12 maanden tot en met %1.</translation>
    </message>
    <message>
        <source>The baseline: every organisation starts here.</source>
        <translation>Het uitgangspunt: elke organisatie begint hier.</translation>
    </message>
    <message>
        <source>self-assessment: %1</source>
        <translation>zelfbeoordeling: %1</translation>
    </message>
    <message>
        <source>%1: %2 (threshold %3) – %4</source>
        <translation>%1: %2 (drempel %3) – %4</translation>
    </message>
    <message>
        <source>%1: not measured yet (threshold %2)</source>
        <translation>%1: nog niet gemeten (drempel %2)</translation>
    </message>
    <message>
        <source>Where the self-assessment and the data disagree:</source>
        <translation>Waar de zelfbeoordeling en de gegevens niet overeenkomen:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Volgende stappen:</translation>
    </message>
    <message>
        <source>Phases and criteria</source>
        <translation>Fasen en criteria</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Zelfbeoordeling</translation>
    </message>
    <message>
        <source>Evidence from the CRM&apos;s data</source>
        <translation>Bewijs uit de gegevens van het CRM</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where the self-assessment and the data disagree</source>
        <translation>Waar de zelfbeoordeling en de gegevens niet overeenkomen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not a currency code (ISO 4217, such as EUR or NOK).</source>
        <translation>“%1” is geen valutacode (ISO 4217, zoals EUR of NOK).</translation>
    </message>
    <message>
        <source>empty; give the amount, such as 12.50.</source>
        <translation>leeg; geef het bedrag op, zoals 12,50.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it as 1234.56 or 1.234,56.</source>
        <translation>“%1” is geen bedrag; schrijf het als 1234.56 of 1.234,56.</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it could be a thousand and more or one with a fraction. Write the amount with its cents (%2 or %3), or without a separator.</source>
        <translation>“%1” is dubbelzinnig: het kan om meer dan duizend gaan of om één met decimalen. Schrijf het bedrag met de centen (%2 of %3), of zonder scheidingsteken.</translation>
    </message>
    <message>
        <source>“%1” has decimals, but %2 has none.</source>
        <translation>“%1” heeft decimalen, maar %2 heeft er geen.</translation>
    </message>
    <message>
        <source>“%1” has more decimals than %2 has (%3).</source>
        <translation>“%1” heeft meer decimalen dan %2 heeft (%3).</translation>
    </message>
    <message>
        <source>“%1” is too large for an order line.</source>
        <translation>“%1” is te groot voor een bestelregel.</translation>
    </message>
</context>
<context>
    <name>OrderCsv</name>
    <message>
        <source>Relatio id of the order line</source>
        <translation>Relatio-id van de bestelregel</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestelnummer</translation>
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
        <source>Order date</source>
        <translation>Besteldatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Product SKU</source>
        <translation>SKU van product</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
</context>
<context>
    <name>OrderExporter</name>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Het scheidingsteken moet een komma, een puntkomma of een tab zijn.</translation>
    </message>
    <message>
        <source>Reading the orders: %1</source>
        <translation>Lezen van de bestellingen: %1</translation>
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
        <source>Give a date, such as 2024-03-01.</source>
        <translation>Geef een datum op, zoals 2024-03-01.</translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
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
        <source>preparing the import</source>
        <translation>import voorbereiden</translation>
    </message>
    <message>
        <source>“%1” is not a Relatio id; leave it empty for a new order line.</source>
        <translation>“%1” is geen Relatio-id; laat het leeg voor een nieuwe bestelregel.</translation>
    </message>
    <message>
        <source>“%1” is not a Relatio id.</source>
        <translation>“%1” is geen Relatio-id.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” is geen datum.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; write an ISO 4217 code such as EUR, NOK, SEK, GBP or USD.</source>
        <translation>“%1” is geen valutacode; schrijf een ISO 4217-code zoals EUR, NOK, SEK, GBP of USD.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity; write a whole number other than 0 (negative for a return), or leave it empty for 1.</source>
        <translation>“%1” is geen aantal; schrijf een geheel getal anders dan 0 (negatief voor een retour), of laat het leeg voor 1.</translation>
    </message>
    <message>
        <source>“%1” is not a channel. The channels are: %2.</source>
        <translation>“%1” is geen kanaal. De kanalen zijn: %2.</translation>
    </message>
    <message>
        <source>empty; every order needs its date.</source>
        <translation>leeg; elke bestelling heeft een datum nodig.</translation>
    </message>
    <message>
        <source>empty; every order needs its amount.</source>
        <translation>leeg; elke bestelling heeft een bedrag nodig.</translation>
    </message>
    <message>
        <source>a category without a product; give the product&apos;s SKU or name.</source>
        <translation>een categorie zonder product; geef de SKU of de naam van het product op.</translation>
    </message>
    <message>
        <source>The row names no customer: give the customer&apos;s external id, e-mail address or Relatio id.</source>
        <translation>De rij noemt geen klant: geef het externe id, het e-mailadres of het Relatio-id van de klant op.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>De import van %1 is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>finding the products</source>
        <translation>producten zoeken</translation>
    </message>
    <message>
        <source>adding a product</source>
        <translation>product toevoegen</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <source>no currency: the row has none, its product has no list price and the customer&apos;s country does not say one. Add a currency column (EUR, NOK, …).</source>
        <translation>geen valuta: de rij heeft er geen, het product heeft geen catalogusprijs en het land van de klant bepaalt er geen. Voeg een kolom currency toe (EUR, NOK, …).</translation>
    </message>
    <message>
        <source>matching the orders</source>
        <translation>bestellingen koppelen</translation>
    </message>
    <message>
        <source>The order line %1 was deleted in Relatio; restore it first, or leave the uuid empty to add the row as a new line.</source>
        <translation>De bestelregel %1 is in Relatio verwijderd; herstel deze eerst, of laat de uuid leeg om de rij als nieuwe regel toe te voegen.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>updating an order line</source>
        <translation>bestelregel bijwerken</translation>
    </message>
    <message>
        <source>The orders were imported, but the rejects file %1 could not be written: %2</source>
        <translation>De bestellingen zijn geïmporteerd, maar het foutenbestand %1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The column %1 is not one of an orders file.</source>
        <translation>De kolom %1 hoort niet bij een bestand met bestellingen.</translation>
    </message>
    <message>
        <source>The columns %1 are not ones of an orders file.</source>
        <translation>De kolommen %1 horen niet bij een bestand met bestellingen.</translation>
    </message>
    <message>
        <source>The file has no column for the customer: add customer_external_id, customer_email or customer_uuid.</source>
        <translation>Het bestand heeft geen kolom voor de klant: voeg customer_external_id, customer_email of customer_uuid toe.</translation>
    </message>
    <message>
        <source>The file has no ordered_on column with the date of each order.</source>
        <translation>Het bestand heeft geen kolom ordered_on met de datum van elke bestelling.</translation>
    </message>
    <message>
        <source>The file has no amount column.</source>
        <translation>Het bestand heeft geen kolom amount.</translation>
    </message>
</context>
<context>
    <name>PersonaRepository</name>
    <message>
        <source>Reading the personas</source>
        <translation>Lezen van de persona&apos;s</translation>
    </message>
    <message>
        <source>Reading the persona</source>
        <translation>Lezen van de persona</translation>
    </message>
    <message>
        <source>The persona no longer exists.</source>
        <translation>De persona bestaat niet meer.</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>Een persona moet een naam hebben.</translation>
    </message>
    <message>
        <source>Checking the persona</source>
        <translation>Controleren van de persona</translation>
    </message>
    <message>
        <source>There is already a persona named “%1”.</source>
        <translation>Er is al een persona met de naam “%1”.</translation>
    </message>
    <message>
        <source>Adding the persona</source>
        <translation>Toevoegen van de persona</translation>
    </message>
    <message>
        <source>Saving the persona</source>
        <translation>Opslaan van de persona</translation>
    </message>
    <message>
        <source>Deleting the persona</source>
        <translation>Verwijderen van de persona</translation>
    </message>
    <message>
        <source>The persona is not deleted.</source>
        <translation>De persona is niet verwijderd.</translation>
    </message>
    <message>
        <source>“%1” cannot come back: another persona has that name now. Rename that one first.</source>
        <translation>“%1” kan niet terugkomen: een andere persona heeft nu die naam. Geef die eerst een andere naam.</translation>
    </message>
    <message>
        <source>Restoring the persona</source>
        <translation>Herstellen van de persona</translation>
    </message>
    <message>
        <source>Moving the persona</source>
        <translation>Verplaatsen van de persona</translation>
    </message>
    <message>
        <source>Reading the persona rules</source>
        <translation>Lezen van de personaregels</translation>
    </message>
    <message>
        <source>A segment is 0 (no purchases yet) to 10, not %1.</source>
        <translation>Een segment is 0 (nog geen aankopen) tot en met 10, niet %1.</translation>
    </message>
    <message>
        <source>A country is a two-letter ISO code such as NL, not “%1”.</source>
        <translation>Een land is een ISO-code van twee letters, zoals NL, niet “%1”.</translation>
    </message>
    <message>
        <source>Checking the rule</source>
        <translation>Controleren van de regel</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>Het label bestaat niet meer.</translation>
    </message>
    <message>
        <source>Adding the rule</source>
        <translation>Toevoegen van de regel</translation>
    </message>
    <message>
        <source>Saving the rule</source>
        <translation>Opslaan van de regel</translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation>De regel bestaat niet meer.</translation>
    </message>
    <message>
        <source>Deleting the rule</source>
        <translation>Verwijderen van de regel</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>Lezen van de klant</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>De klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s tags</source>
        <translation>Lezen van de labels van de klant</translation>
    </message>
    <message>
        <source>Counting the customers per persona: %1</source>
        <translation>Tellen van de klanten per persona: %1</translation>
    </message>
    <message>
        <source>Counting the customers per persona was cancelled.</source>
        <translation>Het tellen van de klanten per persona is geannuleerd.</translation>
    </message>
    <message>
        <source>Counting the customers per persona</source>
        <translation>Klanten per persona tellen</translation>
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
    <name>PriceRuleRepository</name>
    <message>
        <source>Reading the price rules</source>
        <translation>Lezen van de prijsregels</translation>
    </message>
    <message>
        <source>Reading the price rule</source>
        <translation>Lezen van de prijsregel</translation>
    </message>
    <message>
        <source>The price rule no longer exists.</source>
        <translation>De prijsregel bestaat niet meer.</translation>
    </message>
    <message>
        <source>A price rule needs a name.</source>
        <translation>Een prijsregel moet een naam hebben.</translation>
    </message>
    <message>
        <source>A price rule either takes a percentage off or sets a price.</source>
        <translation>Een prijsregel geeft een percentage korting of legt een prijs vast.</translation>
    </message>
    <message>
        <source>A discount is 0 to 100%, not %1%.</source>
        <translation>Een korting is 0 tot en met 100%, niet %1%.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Een prijs kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A set price needs its currency: a three-letter ISO code such as EUR.</source>
        <translation>Een vaste prijs heeft een valuta nodig: een ISO-code van drie letters, zoals EUR.</translation>
    </message>
    <message>
        <source>A segment is 1 to 10, not %1.</source>
        <translation>Een segment is 1 tot en met 10, niet %1.</translation>
    </message>
    <message>
        <source>A CLV tier is 1 to 4, not %1.</source>
        <translation>Een CLV-klasse is 1 tot en met 4, niet %1.</translation>
    </message>
    <message>
        <source>The rule stops (%1) before it starts (%2).</source>
        <translation>De regel eindigt (%1) voordat deze ingaat (%2).</translation>
    </message>
    <message>
        <source>Checking the price rule</source>
        <translation>Controleren van de prijsregel</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>Het product bestaat niet meer.</translation>
    </message>
    <message>
        <source>The persona no longer exists.</source>
        <translation>De persona bestaat niet meer.</translation>
    </message>
    <message>
        <source>Adding the price rule</source>
        <translation>Toevoegen van de prijsregel</translation>
    </message>
    <message>
        <source>Saving the price rule</source>
        <translation>Opslaan van de prijsregel</translation>
    </message>
    <message>
        <source>Deleting the price rule</source>
        <translation>Verwijderen van de prijsregel</translation>
    </message>
    <message>
        <source>Restoring the price rule</source>
        <translation>Herstellen van de prijsregel</translation>
    </message>
    <message>
        <source>The price rule is not deleted.</source>
        <translation>De prijsregel is niet verwijderd.</translation>
    </message>
    <message>
        <source>Reading the product categories</source>
        <translation>Lezen van de productcategorieën</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Reading the customer&apos;s value</source>
        <translation>Lezen van de waarde van de klant</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>De klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>Reading the product</source>
        <translation>Lezen van het product</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>Het product bestaat niet meer.</translation>
    </message>
    <message>
        <source>Reading the products</source>
        <translation>Lezen van de producten</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s purchases</source>
        <translation>Lezen van de aankopen van de klant</translation>
    </message>
</context>
<context>
    <name>PricingFormat</name>
    <message>
        <source>No purchases yet</source>
        <translation>Nog geen aankopen</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle segmenten</translation>
    </message>
    <message>
        <source>Tier 1 (top 10% by CLV)</source>
        <translation>Klasse 1 (top 10% op CLV)</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Klasse 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Klasse 3</translation>
    </message>
    <message>
        <source>Tier 4 (lowest CLV)</source>
        <translation>Klasse 4 (laagste CLV)</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Elke klasse</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a product&apos;s name and its SKU</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PurchaseRepository</name>
    <message>
        <source>Choose the customer who ordered.</source>
        <translation>Kies de klant die heeft besteld.</translation>
    </message>
    <message>
        <source>Give the day of the order.</source>
        <translation>Geef de dag van de bestelling op.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (ISO 4217, such as EUR or NOK).</source>
        <translation>“%1” is geen valutacode (ISO 4217, zoals EUR of NOK).</translation>
    </message>
    <message>
        <source>The amount is too large for an order line.</source>
        <translation>Het bedrag is te groot voor een bestelregel.</translation>
    </message>
    <message>
        <source>The quantity cannot be 0; a return has a negative quantity.</source>
        <translation>Het aantal kan niet 0 zijn; een retour heeft een negatief aantal.</translation>
    </message>
    <message>
        <source>Checking the order</source>
        <translation>Controleren van de bestelling</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>De klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>The channel of the order no longer exists.</source>
        <translation>Het kanaal van de bestelling bestaat niet meer.</translation>
    </message>
    <message>
        <source>The product of the order no longer exists.</source>
        <translation>Het product van de bestelling bestaat niet meer.</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>Lezen van de bestelling</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>De bestelling bestaat niet meer.</translation>
    </message>
    <message>
        <source>Saving the order</source>
        <translation>Opslaan van de bestelling</translation>
    </message>
    <message>
        <source>Deleting the order</source>
        <translation>Verwijderen van de bestelling</translation>
    </message>
    <message>
        <source>Restoring the order</source>
        <translation>Herstellen van de bestelling</translation>
    </message>
    <message>
        <source>The order is not deleted.</source>
        <translation>De bestelling is niet verwijderd.</translation>
    </message>
    <message>
        <source>Reading the orders</source>
        <translation>Lezen van de bestellingen</translation>
    </message>
    <message>
        <source>Counting the orders</source>
        <translation>Tellen van de bestellingen</translation>
    </message>
    <message>
        <source>Reading the products</source>
        <translation>Lezen van de producten</translation>
    </message>
    <message>
        <source>Reading the product</source>
        <translation>Lezen van het product</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>Het product bestaat niet meer.</translation>
    </message>
    <message>
        <source>Finding the product</source>
        <translation>Opzoeken van het product</translation>
    </message>
    <message>
        <source>A product needs a SKU or a name.</source>
        <translation>Een product moet een SKU of een naam hebben.</translation>
    </message>
    <message>
        <source>Adding the product</source>
        <translation>Toevoegen van het product</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>De database is niet geopend.</translation>
    </message>
    <message>
        <source>Reading the orders: %1</source>
        <translation>Lezen van de bestellingen: %1</translation>
    </message>
    <message>
        <source>Reading the orders was cancelled.</source>
        <translation>Het lezen van de bestellingen is geannuleerd.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestelnummer</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Verwijderd %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>The order is no longer in this database (its customer was erased elsewhere since you opened it). Your changes were not saved.</source>
        <translation>De bestelling staat niet meer in deze database (de klant is elders gewist sinds u haar opende). Uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>The order was changed elsewhere since you opened it, and so were fields you changed: %1.</source>
        <translation>De bestelling is elders gewijzigd sinds u haar opende, ook in velden die u wijzigde: %1.</translation>
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
    <name>RejectsFile</name>
    <message>
        <source>The rejects file %1 cannot be written: %2</source>
        <translation>Het foutenbestand %1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
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
    <message>
        <source>Reading the customers&apos; names</source>
        <translation>Lezen van de klantnamen</translation>
    </message>
    <message>
        <source>Reading the contacts</source>
        <translation>Lezen van de contactmomenten</translation>
    </message>
    <message>
        <source>Reading the customers&apos; names: %1</source>
        <translation>Lezen van de klantnamen: %1</translation>
    </message>
    <message>
        <source>Satisfaction by value segment</source>
        <translation>Tevredenheid per waardesegment</translation>
    </message>
    <message>
        <source>Reading the contact totals</source>
        <translation>Lezen van de contacttotalen</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>met</source>
        <translation>voldaan</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet voldaan</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>nog niet gemeten</translation>
    </message>
    <message>
        <source>%1 is %2 (threshold %3)</source>
        <translation>%1 is %2 (drempel %3)</translation>
    </message>
    <message>
        <source>Rated as met, but the data says otherwise: %1.</source>
        <translation>Beoordeeld als voldaan, maar de gegevens zeggen iets anders: %1.</translation>
    </message>
    <message>
        <source>Rated as not met, but the data meets the threshold: %1.</source>
        <translation>Beoordeeld als niet voldaan, maar de gegevens halen de drempel: %1.</translation>
    </message>
    <message>
        <source>Phase %1, &quot;%2&quot;: %3</source>
        <translation>Fase %1, &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The self-assessment reaches phase %1 (%2); the CRM&apos;s data supports phase %3 (%4).</source>
        <translation>De zelfbeoordeling bereikt fase %1 (%2); de gegevens van het CRM ondersteunen fase %3 (%4).</translation>
    </message>
    <message>
        <source>Assess the unit: answer the statements of every phase to find the phase reached.</source>
        <translation>Beoordeel de eenheid: beantwoord de stellingen van elke fase om de bereikte fase te bepalen.</translation>
    </message>
    <message>
        <source>Bring &quot;%1&quot; from %2 to %3.</source>
        <translation>Breng &quot;%1&quot; van %2 naar %3.</translation>
    </message>
    <message>
        <source>Start recording the data behind &quot;%1&quot; (not measured yet).</source>
        <translation>Begin met het vastleggen van de gegevens achter &quot;%1&quot; (nog niet gemeten).</translation>
    </message>
</context>
<context>
    <name>SegmentReturns</name>
    <message>
        <source>Revenue is the sum of the purchases in the period, by the customer&apos;s current segment. A cost counts with the part of its period that falls in the chosen period (spread evenly by days). Costs for all segments are shared by the segments in proportion to their number of customers. Return = (revenue − costs) ÷ costs; CLV per cost = the segment&apos;s total customer lifetime value ÷ costs.</source>
        <translation>Omzet is de som van de aankopen in de periode, per huidig segment van de klant. Een kostenpost telt mee met het deel van de periode ervan dat in de gekozen periode valt (gelijk verdeeld over de dagen). Kosten voor alle segmenten worden over de segmenten verdeeld naar verhouding van hun aantal klanten. Rendement = (omzet − kosten) ÷ kosten; CLV/kosten = de totale klantwaarde (CLV) van het segment ÷ kosten.</translation>
    </message>
    <message>
        <source>Summing the purchases</source>
        <translation>Optellen van de aankopen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Het rapport is geannuleerd.</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Kies een periode waarvan het einde niet vóór het begin ligt.</translation>
    </message>
    <message>
        <source>Reading the value analysis</source>
        <translation>Lezen van de waardeanalyse</translation>
    </message>
    <message>
        <source>Reading the segments</source>
        <translation>Lezen van de segmenten</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>&apos;%1&apos; is not a server address: use postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>&apos;%1&apos; is geen serveradres: gebruik postgresql://GEBRUIKER@HOST:POORT/DATABASE.</translation>
    </message>
    <message>
        <source>Do not put the password in the address: Relatio asks for it and keeps it in the system keychain; scripts can use ~/.pgpass, PGPASSWORD or --password-stdin.</source>
        <translation>Zet het wachtwoord niet in het adres: Relatio vraagt erom en bewaart het in de sleutelhanger van het systeem; scripts kunnen ~/.pgpass, PGPASSWORD of --password-stdin gebruiken.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>&apos;%1&apos; heeft een gebruiker, een host en een database nodig: postgresql://GEBRUIKER@HOST:POORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address option &apos;%1&apos; is not known; use %2.</source>
        <translation>De optie &apos;%1&apos; van het serveradres is onbekend; gebruik %2.</translation>
    </message>
    <message>
        <source>sslmode takes %1.</source>
        <translation>sslmode neemt %1.</translation>
    </message>
    <message>
        <source>The value of %1 cannot contain &apos;;&apos;.</source>
        <translation>De waarde van %1 mag geen &apos;;&apos; bevatten.</translation>
    </message>
</context>
<context>
    <name>SetAside</name>
    <message>
        <source>Preparing the first sync</source>
        <translation>De eerste synchronisatie voorbereiden</translation>
    </message>
    <message>
        <source>Reading the database&apos;s state</source>
        <translation>De toestand van de database lezen</translation>
    </message>
    <message>
        <source>Building the customer list&apos;s indexes and the search index</source>
        <translation>De indexen van de klantenlijst en de zoekindex opbouwen</translation>
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
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>verwijderd op %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
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
    <name>SyncEndpoint</name>
    <message>
        <source>Reading the replica id</source>
        <translation>Het replica-id lezen</translation>
    </message>
    <message>
        <source>The table %1 does not sync.</source>
        <translation>De tabel %1 wordt niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Reading %1 for sync</source>
        <translation>%1 lezen voor synchronisatie</translation>
    </message>
    <message>
        <source>Reading the change feed</source>
        <translation>De wijzigingenstroom lezen</translation>
    </message>
    <message>
        <source>Reading the sync clock</source>
        <translation>De synchronisatieklok lezen</translation>
    </message>
    <message>
        <source>Reading erasures</source>
        <translation>Wissingen lezen</translation>
    </message>
    <message>
        <source>Applying changes from %1</source>
        <translation>Wijzigingen van %1 verwerken</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; nothing of this batch was kept.</source>
        <translation>De verbinding met %1 is verbroken; niets van deze partij is bewaard.</translation>
    </message>
    <message>
        <source>Applying %1 %2</source>
        <translation>%1 %2 verwerken</translation>
    </message>
    <message>
        <source>Reading %1 %2</source>
        <translation>%1 %2 lezen</translation>
    </message>
    <message>
        <source>Recording a conflict on %1 %2</source>
        <translation>Een conflict over %1 %2 vastleggen</translation>
    </message>
    <message>
        <source>Reading pending references</source>
        <translation>Wachtende verwijzingen lezen</translation>
    </message>
    <message>
        <source>Filling a pending reference</source>
        <translation>Een wachtende verwijzing invullen</translation>
    </message>
    <message>
        <source>Applying customer %1</source>
        <translation>Klant %1 verwerken</translation>
    </message>
    <message>
        <source>Erasing customer %1</source>
        <translation>Klant %1 wissen</translation>
    </message>
    <message>
        <source>Recording what was sent</source>
        <translation>Vastleggen wat is verzonden</translation>
    </message>
    <message>
        <source>Sync stopped before it was recorded as sent.</source>
        <translation>De synchronisatie stopte voordat vastgelegd was wat is verzonden.</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>De synchronisatiestand lezen</translation>
    </message>
    <message>
        <source>Reading the conflict list</source>
        <translation>De conflictenlijst lezen</translation>
    </message>
    <message>
        <source>Setting the sync clock</source>
        <translation>De synchronisatieklok zetten</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 lezen</translation>
    </message>
    <message>
        <source>%1 %2 names %3 %4, which did not come with it.</source>
        <translation>%1 %2 verwijst naar %3 %4, dat niet is meegekomen.</translation>
    </message>
    <message>
        <source>Reading the customers</source>
        <translation>De klanten lezen</translation>
    </message>
    <message>
        <source>Applying %1</source>
        <translation>%1 verwerken</translation>
    </message>
    <message>
        <source>Stamping changes</source>
        <translation>Wijzigingen van tijdstempels voorzien</translation>
    </message>
    <message>
        <source>Setting the sync clock right</source>
        <translation>De synchronisatieklok gelijkzetten</translation>
    </message>
    <message>
        <source>The team database refused a change stamped %1 min ahead of its clock (%2 %3): the clock of the computer that made it is wrong. Nothing of this batch was taken; the next sync corrects for the clock.</source>
        <translation>De teamdatabase weigerde een wijziging met een tijdstempel %1 min voor op haar klok (%2 %3): de klok van de computer die haar maakte staat verkeerd. Niets van deze reeks is overgenomen; de volgende synchronisatie corrigeert voor de klok.</translation>
    </message>
    <message>
        <source>Reading which customers this computer keeps</source>
        <translation>Lezen welke klanten deze computer bewaart</translation>
    </message>
    <message>
        <source>Changing which customers this computer keeps</source>
        <translation>Wijzigen welke klanten deze computer bewaart</translation>
    </message>
    <message>
        <source>Reading the team database</source>
        <translation>De teamdatabase lezen</translation>
    </message>
    <message>
        <source>“all” keeps every customer; it cannot be combined with a selection.</source>
        <translation>“all” bewaart alle klanten; het kan niet met een selectie worden gecombineerd.</translation>
    </message>
    <message>
        <source>“%1” does not say which customers to keep: use owner=NAME, tag=NAME, country=CODE or all.</source>
        <translation>“%1” zegt niet welke klanten bewaard worden: gebruik owner=NAAM, tag=NAAM, country=CODE of all.</translation>
    </message>
    <message>
        <source>“%1” is not a country code: use two letters, such as NO or NL.</source>
        <translation>“%1” is geen landcode: gebruik twee letters, zoals NO of NL.</translation>
    </message>
    <message>
        <source>The team database has no team member called “%1”.</source>
        <translation>De teamdatabase heeft geen teamlid met de naam “%1”.</translation>
    </message>
    <message>
        <source>The team database has no tag called “%1”.</source>
        <translation>De teamdatabase heeft geen label met de naam “%1”.</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>alle klanten</translation>
    </message>
    <message>
        <source>customers of “%1”</source>
        <translation>klanten van “%1”</translation>
    </message>
    <message>
        <source>customers tagged “%1”</source>
        <translation>klanten met label “%1”</translation>
    </message>
    <message>
        <source>customers in %1</source>
        <translation>klanten in %1</translation>
    </message>
    <message>
        <source>Reading which customers a laptop keeps</source>
        <translation>Lezen welke klanten een laptop bewaart</translation>
    </message>
    <message>
        <source>Reading the records of customers</source>
        <translation>De gegevens van klanten lezen</translation>
    </message>
    <message>
        <source>Reading the customers here</source>
        <translation>De klanten hier lezen</translation>
    </message>
    <message>
        <source>Removing customers this computer no longer keeps</source>
        <translation>Klanten verwijderen die deze computer niet meer bewaart</translation>
    </message>
    <message>
        <source>Reading the customer table&apos;s columns</source>
        <translation>De kolommen van de klantentabel lezen</translation>
    </message>
    <message>
        <source>The team database&apos;s customer table has no column %1.</source>
        <translation>De klantentabel van de teamdatabase heeft geen kolom %1.</translation>
    </message>
</context>
<context>
    <name>Synchroniser</name>
    <message>
        <source>A database cannot sync with itself.</source>
        <translation>Een database kan niet met zichzelf synchroniseren.</translation>
    </message>
    <message>
        <source>The connection to the server was lost after it took the changes.</source>
        <translation>De verbinding met de server is verbroken nadat die de wijzigingen had overgenomen.</translation>
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
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the team server&apos;s; Relatio goes by the server&apos;s time from now on.</source>
        <translation>De klok van deze computer loopt %1 voor op die van de teamserver; Relatio gaat voortaan uit van de tijd van de server.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the team server&apos;s; Relatio goes by the server&apos;s time from now on.</source>
        <translation>De klok van deze computer loopt %1 achter op die van de teamserver; Relatio gaat voortaan uit van de tijd van de server.</translation>
    </message>
    <message>
        <source>1 record changed here meanwhile now carries the corrected time.</source>
        <translation>1 record dat hier intussen is gewijzigd, draagt nu de gecorrigeerde tijd.</translation>
    </message>
    <message>
        <source>%1 records changed here meanwhile now carry the corrected time.</source>
        <translation>%1 records die hier intussen zijn gewijzigd, dragen nu de gecorrigeerde tijd.</translation>
    </message>
    <message>
        <source>1 record changed here carried a time ahead of the team server&apos;s clock; it now carries the time of this sync.</source>
        <translation>1 record dat hier is gewijzigd, droeg een tijd die voorliep op de klok van de teamserver; het draagt nu de tijd van deze synchronisatie.</translation>
    </message>
    <message>
        <source>%1 records changed here carried times ahead of the team server&apos;s clock; they now carry the time of this sync.</source>
        <translation>%1 records die hier zijn gewijzigd, droegen tijden die voorliepen op de klok van de teamserver; ze dragen nu de tijd van deze synchronisatie.</translation>
    </message>
    <message>
        <source>1 customer left the selection this computer keeps; it stays on the team database.</source>
        <translation>1 klant viel buiten de selectie die deze computer bewaart; die blijft in de teamdatabase.</translation>
    </message>
    <message>
        <source>%1 customers left the selection this computer keeps; they stay on the team database.</source>
        <translation>%1 klanten vielen buiten de selectie die deze computer bewaart; ze blijven in de teamdatabase.</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Deze installatie kan PostgreSQL niet bereiken: het PostgreSQL-stuurprogramma van Qt (Debian-pakket libqt6sql6-psql) ontbreekt.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan geen verbinding maken met %1: %2</translation>
    </message>
    <message>
        <source>Reading the team database</source>
        <translation>De teamdatabase lezen</translation>
    </message>
    <message>
        <source>The database %1 holds another schema (version %2); this Relatio makes version %3 and leaves it untouched.</source>
        <translation>De database %1 heeft een ander schema (versie %2); deze Relatio maakt versie %3 en laat de database ongemoeid.</translation>
    </message>
    <message>
        <source>Creating the team database on %1</source>
        <translation>De teamdatabase op %1 maken</translation>
    </message>
    <message>
        <source>%1 is not a Relatio team database yet: create it with relatio-cli --server URL init.</source>
        <translation>%1 is nog geen Relatio-teamdatabase: maak die met relatio-cli --server URL init.</translation>
    </message>
    <message>
        <source>The team database %1 has schema version %2; this Relatio works with %3.</source>
        <translation>De teamdatabase %1 heeft schemaversie %2; deze Relatio werkt met %3.</translation>
    </message>
    <message>
        <source>Reading the connection</source>
        <translation>De verbinding lezen</translation>
    </message>
    <message>
        <source>Cleaning up the team database</source>
        <translation>De teamdatabase opruimen</translation>
    </message>
    <message>
        <source>Upgrading the team database on %1</source>
        <translation>De teamdatabase op %1 bijwerken</translation>
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
    <name>ValueStore</name>
    <message>
        <source>%1: the database is locked by another program (%2). Close it and try again.</source>
        <translation>%1: de database is vergrendeld door een ander programma (%2). Sluit dat programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2).</source>
        <translation>%1: de schijf is vol (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No purchases</source>
        <translation>Geen aankopen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>De analyse is geannuleerd.</translation>
    </message>
    <message>
        <source>The horizon must be from 1 to 1200 months.</source>
        <translation>De horizon moet 1 tot en met 1200 maanden zijn.</translation>
    </message>
    <message>
        <source>The monthly discount rate must be above -1 and at most 1 (0.01 is 1%).</source>
        <translation>Het maandelijkse disconteringspercentage moet hoger zijn dan -1 en hoogstens 1 (0.01 is 1%).</translation>
    </message>
    <message>
        <source>The margin must be a number of 0 or more.</source>
        <translation>De marge moet een getal van 0 of meer zijn.</translation>
    </message>
    <message>
        <source>There is no database connection.</source>
        <translation>Er is geen databaseverbinding.</translation>
    </message>
    <message>
        <source>Reading the purchases…</source>
        <translation>Lezen van de aankopen…</translation>
    </message>
    <message>
        <source>Reading the customers</source>
        <translation>Lezen van de klanten</translation>
    </message>
    <message>
        <source>Reading the purchases</source>
        <translation>Lezen van de aankopen</translation>
    </message>
    <message>
        <source>Purchase %1 has no valid date (ordered_on &apos;%2&apos;; YYYY-MM-DD expected).</source>
        <translation>Aankoop %1 heeft geen geldige datum (ordered_on &apos;%2&apos;; YYYY-MM-DD verwacht).</translation>
    </message>
    <message>
        <source>The purchases use more than 255 currencies.</source>
        <translation>De aankopen gebruiken meer dan 255 valuta.</translation>
    </message>
    <message>
        <source>No purchase is in the currency %1.</source>
        <translation>Geen enkele aankoop is in de valuta %1.</translation>
    </message>
    <message>
        <source>Clearing the value analysis</source>
        <translation>Wissen van de waardeanalyse</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Nog geen bestellingen.</translation>
    </message>
    <message>
        <source>Summarising the customers…</source>
        <translation>Samenvatten van de klanten…</translation>
    </message>
    <message>
        <source>No purchase falls on or before the end of the calibration period, %1.</source>
        <translation>Geen enkele aankoop valt op of vóór het einde van de kalibratieperiode, %1.</translation>
    </message>
    <message>
        <source>Fitting the purchase model (BG/NBD)…</source>
        <translation>Bepalen van het aankoopmodel (BG/NBD)…</translation>
    </message>
    <message>
        <source>Purchase model (BG/NBD): %1</source>
        <translation>Aankoopmodel (BG/NBD): %1</translation>
    </message>
    <message>
        <source>Fitting the spend model (Gamma-Gamma)…</source>
        <translation>Bepalen van het bestedingsmodel (Gamma-Gamma)…</translation>
    </message>
    <message>
        <source>Spend model (Gamma-Gamma): %1</source>
        <translation>Bestedingsmodel (Gamma-Gamma): %1</translation>
    </message>
    <message>
        <source>Computing the lifetime values…</source>
        <translation>Berekenen van de klantwaarden (CLV)…</translation>
    </message>
    <message>
        <source>Saving the results…</source>
        <translation>Opslaan van de resultaten…</translation>
    </message>
    <message>
        <source>Saving the value analysis</source>
        <translation>Opslaan van de waardeanalyse</translation>
    </message>
    <message>
        <source>Saving the fitted models</source>
        <translation>Opslaan van de bepaalde modellen</translation>
    </message>
    <message>
        <source>Saving the customer values</source>
        <translation>Opslaan van de klantwaarden</translation>
    </message>
    <message>
        <source>Saving the value of customer %1</source>
        <translation>Opslaan van de waarde van klant %1</translation>
    </message>
    <message>
        <source>Updating satisfaction by segment…</source>
        <translation>Bijwerken van de tevredenheid per segment…</translation>
    </message>
    <message>
        <source>Updating satisfaction by segment: %1</source>
        <translation>Bijwerken van de tevredenheid per segment: %1</translation>
    </message>
    <message>
        <source>Finding products bought together…</source>
        <translation>Zoeken naar samen gekochte producten…</translation>
    </message>
    <message>
        <source>The analysis was saved, but finding the products bought together failed: %1</source>
        <translation>De analyse is opgeslagen, maar het zoeken naar samen gekochte producten is mislukt: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>Reading the value analysis</source>
        <translation>Lezen van de waardeanalyse</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s value</source>
        <translation>Lezen van de waarde van de klant</translation>
    </message>
    <message>
        <source>Reading the segments</source>
        <translation>Lezen van de segmenten</translation>
    </message>
    <message>
        <source>Reading the segment&apos;s customers</source>
        <translation>Lezen van de klanten van het segment</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>Analysed %1 · purchases up to %2, in %3 · CLV over %4 months at %5 a month · %6</source>
        <translation>Geanalyseerd op %1 · aankopen tot en met %2, in %3 · CLV over %4 maanden tegen %5 per maand · %6</translation>
    </message>
    <message>
        <source>BG/NBD: r = %1, α = %2, a = %3, b = %4 (log-likelihood %5)</source>
        <translation>BG/NBD: r = %1, α = %2, a = %3, b = %4 (log-likelihood %5)</translation>
    </message>
    <message>
        <source>BG/NBD: not fitted</source>
        <translation>BG/NBD: niet bepaald</translation>
    </message>
    <message>
        <source>Gamma-Gamma: p = %1, q = %2, γ = %3 (log-likelihood %4)</source>
        <translation>Gamma-Gamma: p = %1, q = %2, γ = %3 (log-likelihood %4)</translation>
    </message>
    <message>
        <source>Gamma-Gamma: not fitted</source>
        <translation>Gamma-Gamma: niet bepaald</translation>
    </message>
    <message>
        <source>%1 customers, %2 purchases</source>
        <translation>%1 klanten, %2 aankopen</translation>
    </message>
    <message>
        <source>%1 customers with %2 purchases up to %3, counted in %4; amounts in %5.</source>
        <translation>%1 klanten met %2 aankopen tot en met %3, geteld in %4; bedragen in %5.</translation>
    </message>
    <message>
        <source>Not every model could be fitted: %1 The segments are still scored.</source>
        <translation>Niet elk model kon worden bepaald: %1 De segmenten worden wel gescoord.</translation>
    </message>
    <message>
        <source>Purchases: BG/NBD</source>
        <translation>Aankopen: BG/NBD</translation>
    </message>
    <message>
        <source>log-likelihood %1</source>
        <translation>log-likelihood %1</translation>
    </message>
    <message>
        <source>A typical active customer buys about %1 times a year; after each purchase about %2 in 100 customers stop buying for good.</source>
        <translation>Een typische actieve klant koopt ongeveer %1 keer per jaar; na elke aankoop stoppen ongeveer %2 op de 100 klanten definitief met kopen.</translation>
    </message>
    <message>
        <source>Not fitted: P(alive), expected purchases and CLV are left empty.</source>
        <translation>Niet bepaald: P(alive), verwachte aankopen en CLV blijven leeg.</translation>
    </message>
    <message>
        <source>Assumes: while a customer is active, purchases come at random at a steady rate of their own (Poisson); the rates differ between customers as a gamma distribution; after each purchase a customer may drop out for good, with a probability that differs between customers as a beta distribution. Dropping out is never seen directly: a customer who has not bought for a long time, compared with how often they used to, has a low P(alive). Dropping out can only follow a purchase, so a customer who bought once and never again has P(alive) = 100%: the model has nothing to tell them apart by (Hibernating and New Customers are mostly such customers; their low expected purchases still keep their CLV small).</source>
        <translation>Aanname: zolang een klant actief is, komen aankopen willekeurig binnen in een vast, eigen tempo (Poisson); dat tempo verschilt per klant volgens een gammaverdeling; na elke aankoop kan een klant definitief afhaken, met een kans die per klant verschilt volgens een bètaverdeling. Afhaken is nooit direct te zien: een klant die lang niet heeft gekocht, vergeleken met hoe vaak die vroeger kocht, heeft een lage P(alive). Afhaken kan alleen na een aankoop, dus een klant die één keer kocht en daarna nooit meer, heeft P(alive) = 100%: het model heeft niets om zulke klanten van elkaar te onderscheiden (de segmenten Slapend en Nieuwe klanten bestaan vooral uit zulke klanten; hun lage verwachte aantal aankopen houdt hun CLV toch klein).</translation>
    </message>
    <message>
        <source>Spend: Gamma-Gamma</source>
        <translation>Besteding: Gamma-Gamma</translation>
    </message>
    <message>
        <source>Mean spend per purchase across customers: %1 %2.</source>
        <translation>Gemiddelde besteding per aankoop over alle klanten: %1 %2.</translation>
    </message>
    <message>
        <source>Not fitted: expected spend and CLV are left empty.</source>
        <translation>Niet bepaald: verwachte besteding en CLV blijven leeg.</translation>
    </message>
    <message>
        <source>Assumes: what a customer spends per purchase varies around a mean of their own, and those means differ between customers; spend does not depend on how often a customer buys. A customer with few purchases is therefore pulled towards the mean of all customers, and one with many is judged mostly by their own spend. Check that big spenders do not buy more or less often than others before trusting the CLV.</source>
        <translation>Aanname: wat een klant per aankoop besteedt, schommelt rond een eigen gemiddelde, en die gemiddelden verschillen per klant; de besteding hangt niet af van hoe vaak een klant koopt. Een klant met weinig aankopen wordt daarom naar het gemiddelde van alle klanten getrokken, en een klant met veel aankopen wordt vooral op de eigen besteding beoordeeld. Controleer of grote besteders niet vaker of minder vaak kopen dan anderen voordat u op de CLV vertrouwt.</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Klantwaarde (CLV)</translation>
    </message>
    <message>
        <source>CLV = expected purchases in each of the next %1 months × expected spend, each month discounted by %2; revenue, not profit. Tiers rank the customers by CLV: 1 = top 10%, 2 = next 20%, 3 = next 30%, 4 = the rest. Segments come from recency and frequency scores 1–5 by quintile (5 best).</source>
        <translation>CLV = verwachte aankopen in elk van de komende %1 maanden × verwachte besteding, elke maand verdisconteerd met %2; omzet, geen winst. Klassen rangschikken de klanten op CLV: 1 = top 10%, 2 = volgende 20%, 3 = volgende 30%, 4 = de rest. Segmenten volgen uit scores 1–5 voor recentheid en frequentie per kwintiel (5 is het best).</translation>
    </message>
</context>
<context>
    <name>WorkingCopy</name>
    <message>
        <source>A copy is kept of a team database only.</source>
        <translation>Alleen van een teamdatabase wordt een kopie bijgehouden.</translation>
    </message>
    <message>
        <source>The folder for this computer&apos;s copy of the team database cannot be made: %1</source>
        <translation>De map voor de kopie van de teamdatabase op deze computer kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the team database cannot be locked: %1 cannot be written.</source>
        <translation>De kopie van de teamdatabase op deze computer kan niet worden vergrendeld: %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 lezen</translation>
    </message>
    <message>
        <source>%1 syncs with another team database; move it aside and try again.</source>
        <translation>%1 synchroniseert met een andere teamdatabase; zet het opzij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Syncing this computer&apos;s copy of the team database: %1</source>
        <translation>De kopie van de teamdatabase op deze computer synchroniseren: %1</translation>
    </message>
    <message>
        <source>The changes are in this computer&apos;s copy of the team database (%1) but could not be sent to the team database yet: %2 They are sent with the next import into the team database from this computer.</source>
        <translation>De wijzigingen staan in de kopie van de teamdatabase op deze computer (%1), maar konden nog niet naar de teamdatabase worden verstuurd: %2 Ze gaan mee met de volgende import in de teamdatabase vanaf deze computer.</translation>
    </message>
    <message>
        <source>Sent to the team database: %1 records.</source>
        <translation>Naar de teamdatabase verstuurd: %1 records.</translation>
    </message>
    <message>
        <source>Sent to the team database: %1 records; %2 of their fields had been changed by colleagues meanwhile, and the newer change was kept (the other is listed with the record as an overwritten edit).</source>
        <translation>Naar de teamdatabase verstuurd: %1 records; %2 van hun velden waren intussen door collega’s gewijzigd, en de nieuwste wijziging is bewaard (de andere staat bij het record als overschreven wijziging).</translation>
    </message>
    <message>
        <source>Another import, undo or value analysis on this team database is running on this computer; try again when it has finished.</source>
        <translation>Er loopt op deze computer al een andere import, ongedaanmaking of waardeanalyse op deze teamdatabase; probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <source>Cancelled while this computer&apos;s copy of the team database was brought up to date; nothing was written.</source>
        <translation>Geannuleerd terwijl de kopie van de teamdatabase op deze computer werd bijgewerkt; er is niets geschreven.</translation>
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
    <message>
        <source>Work on the team database at &lt;url&gt; (postgresql://USER@HOST:PORT/DB) instead of a Relatio file.</source>
        <translation>Werk in de teamdatabase op &lt;url&gt; (postgresql://USER@HOST:PORT/DB) in plaats van in een Relatio-bestand.</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Give --db or --server, not both.</source>
        <translation>Geef --db of --server, niet allebei.</translation>
    </message>
    <message>
        <source>The team database was not opened; this is the Relatio file on this computer (File › Open Team Database… opens it).</source>
        <translation>De teamdatabase is niet geopend; dit is het Relatio-bestand op deze computer (Bestand › Teamdatabase openen… opent haar).</translation>
    </message>
</context>
<context>
    <name>relatio::AnalysisRunner</name>
    <message>
        <source>Bringing this computer&apos;s copy of the team database up to date: %1 records</source>
        <translation>De kopie van de teamdatabase op deze computer bijwerken: %1 records</translation>
    </message>
</context>
<context>
    <name>relatio::AssessmentDialog</name>
    <message>
        <source>CRM maturity self-assessment: %1</source>
        <translation>Zelfbeoordeling CRM-volwassenheid: %1</translation>
    </message>
    <message>
        <source>Who answered the statements</source>
        <translation>Wie de stellingen heeft beantwoord</translation>
    </message>
    <message>
        <source>Context, participants, agreements</source>
        <translation>Context, deelnemers, afspraken</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>&amp;Beoordelaar:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Score each statement for %1 from 1 (disagree) to 5 (agree). A score of 4 or 5 counts as met. The phase reached is the highest phase whose statements, and those of all lower phases, are met.</source>
        <translation>Geef elke stelling voor %1 een score van 1 (oneens) tot 5 (eens). Een score van 4 of 5 telt als voldaan. De bereikte fase is de hoogste fase waarvan aan de stellingen is voldaan, en ook aan die van alle lagere fasen.</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
    <message>
        <source>With these answers: phase %1, %2.</source>
        <translation>Met deze antwoorden: fase %1, %2.</translation>
    </message>
    <message>
        <source>Assessment not saved</source>
        <translation>Beoordeling niet opgeslagen</translation>
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
    <name>relatio::ConflictDialog</name>
    <message>
        <source>Edits overwritten by sync — %1</source>
        <translation>Door synchronisatie overschreven wijzigingen — %1</translation>
    </message>
    <message>
        <source>The same field was changed in two places before they synced. The newest change was kept everywhere; the other is listed here. Put it back if it was the right one, or keep what won.</source>
        <translation>Hetzelfde veld is op twee plaatsen gewijzigd voordat ze synchroniseerden. De nieuwste wijziging is overal bewaard; de andere staat hier. Zet die terug als die de juiste was, of houd wat gewonnen heeft.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Overwritten value</source>
        <translation>Overschreven waarde</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Bewaarde waarde</translation>
    </message>
    <message>
        <source>&amp;Put Back the Overwritten Value</source>
        <translation>Overschreven waarde &amp;terugzetten</translation>
    </message>
    <message>
        <source>&amp;Keep the Kept Value</source>
        <translation>Bewaarde waarde &amp;houden</translation>
    </message>
    <message>
        <source>Writes the overwritten value as a new edit here; it reaches everyone at the next sync</source>
        <translation>Schrijft de overschreven waarde hier als nieuwe wijziging; die bereikt iedereen bij de volgende synchronisatie</translation>
    </message>
    <message>
        <source>Closes the entry; the record stays as it is</source>
        <translation>Sluit de melding; het record blijft zoals het is</translation>
    </message>
    <message>
        <source>The record has been changed again since.</source>
        <translation>Het record is sindsdien opnieuw gewijzigd.</translation>
    </message>
    <message>
        <source>Edits overwritten by sync</source>
        <translation>Door synchronisatie overschreven wijzigingen</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Record en veld</translation>
    </message>
    <message>
        <source>Sync has overwritten no edits here that are still to be reviewed.</source>
        <translation>Er zijn geen door synchronisatie overschreven wijzigingen meer om te bekijken.</translation>
    </message>
    <message>
        <source>written %1
on %2</source>
        <translation>geschreven %1
op %2</translation>
    </message>
</context>
<context>
    <name>relatio::ConflictIndicator</name>
    <message>
        <source>Unnamed customer</source>
        <translation>Klant zonder naam</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>and %1 more customers</source>
        <translation>en nog %1 klanten</translation>
    </message>
    <message>
        <source>Team members, tags, orders and other records (%1)…</source>
        <translation>Teamleden, labels, orders en andere gegevens (%1)…</translation>
    </message>
    <message>
        <source>Overwritten edits to review: %1</source>
        <translation>Overschreven wijzigingen te bekijken: %1</translation>
    </message>
    <message>
        <source>Edits that sync overwrote with changes made elsewhere at the same time. Open a record to put its value back or keep what won.</source>
        <translation>Wijzigingen die de synchronisatie overschreef met wijzigingen die tegelijk elders zijn gemaakt. Open een record om de waarde terug te zetten of te houden wat won.</translation>
    </message>
</context>
<context>
    <name>relatio::ConflictNotice</name>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Bekijken…</translation>
    </message>
    <message numerus="yes">
        <source>Edits on this record that sync overwrote with changes made elsewhere at the same time: %n.</source>
        <translation>
            <numerusform>Synchronisatie overschreef %n wijziging op dit record met een wijziging die tegelijk elders was gemaakt.</numerusform>
            <numerusform>Synchronisatie overschreef %n wijzigingen op dit record met wijzigingen die tegelijk elders waren gemaakt.</numerusform>
        </translation>
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
    <message>
        <source>Contact saved, together with changes made elsewhere meanwhile to: %1.</source>
        <translation>Contact opgeslagen, samen met wijzigingen die intussen elders zijn gemaakt in: %1.</translation>
    </message>
    <message>
        <source>The contact “%1”</source>
        <translation>Het contact “%1”</translation>
    </message>
    <message>
        <source>Not saved: the contact was changed elsewhere. Your changes are still in the form.</source>
        <translation>Niet opgeslagen: het contact is elders gewijzigd. Uw wijzigingen staan nog in het formulier.</translation>
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
    <name>relatio::CopyRefresher</name>
    <message>
        <source>This computer&apos;s copy of the team database could not be brought up to date: %1</source>
        <translation>De kopie van de teamdatabase op deze computer kon niet worden bijgewerkt: %1</translation>
    </message>
</context>
<context>
    <name>relatio::CostsDialog</name>
    <message>
        <source>Acquisition</source>
        <translation>Acquisitie</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Behoud</translation>
    </message>
    <message>
        <source>Acquisition and Retention Costs</source>
        <translation>Kosten voor acquisitie en behoud</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>&amp;Verwijderde tonen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Record what was spent to win new customers (acquisition) and to keep existing ones (retention), per segment and channel. A cost is spread evenly over the days of its period in the return per segment.</source>
        <translation>Leg vast wat is uitgegeven om nieuwe klanten te winnen (acquisitie) en bestaande klanten te houden (behoud), per segment en kanaal. In het rendement per segment worden kosten gelijkmatig verdeeld over de dagen van hun periode.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>(deleted) %1</source>
        <translation>(verwijderd) %1</translation>
    </message>
    <message>
        <source>No costs recorded yet.</source>
        <translation>Nog geen kosten vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; total %1.</source>
        <translation>
            <numerusform>%n kostenpost; totaal %1.</numerusform>
            <numerusform>%n kostenposten; totaal %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>New Cost</source>
        <translation>Nieuwe kostenpost</translation>
    </message>
    <message>
        <source>Edit Cost</source>
        <translation>Kostenpost bewerken</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>What it was for, e.g. “Spring newsletter campaign”</source>
        <translation>Waarvoor het was, bijv. “Nieuwsbriefcampagne voorjaar”</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like %2.</source>
        <translation>“%1” is geen bedrag; schrijf het als %2.</translation>
    </message>
</context>
<context>
    <name>relatio::CostsReturnView</name>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Last full quarter</source>
        <translation>Laatste volledige kwartaal</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>Only purchases and costs in this currency count</source>
        <translation>Alleen aankopen en kosten in deze valuta tellen mee</translation>
    </message>
    <message>
        <source>Return on costs</source>
        <translation>Rendement op kosten</translation>
    </message>
    <message>
        <source>CLV per cost</source>
        <translation>CLV/kosten</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Grafiek:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berekenen…</translation>
    </message>
    <message>
        <source>Revenue %1 against costs %2</source>
        <translation>Omzet %1 tegenover kosten %2</translation>
    </message>
    <message>
        <source>: a return of %1.</source>
        <translation>: een rendement van %1.</translation>
    </message>
    <message>
        <source>%1 of it from customers the value analysis has not seen yet (no segment).</source>
        <translation>%1 daarvan komt van klanten die nog niet in de waardeanalyse zitten (geen segment).</translation>
    </message>
    <message>
        <source>%1 of costs for all segments could not be shared: no customer has a segment yet.</source>
        <translation>%1 aan kosten voor alle segmenten kon niet worden verdeeld: nog geen enkele klant heeft een segment.</translation>
    </message>
    <message numerus="yes">
        <source>%n cost entries in other currencies left out.</source>
        <translation>
            <numerusform>%n kostenpost in een andere valuta weggelaten.</numerusform>
            <numerusform>%n kostenposten in andere valuta weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchases in other currencies left out.</source>
        <translation>Aankopen in andere valuta weggelaten.</translation>
    </message>
    <message>
        <source>CLV is in %1, the currency of the value analysis.</source>
        <translation>CLV is in %1, de valuta van de waardeanalyse.</translation>
    </message>
    <message>
        <source>No costs recorded for this period: record them with Costs… to see the return per segment.</source>
        <translation>Geen kosten vastgelegd voor deze periode: leg ze vast met Kosten… om het rendement per segment te zien.</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Return on costs per segment, best first</source>
        <translation>Rendement op kosten per segment, beste eerst</translation>
    </message>
    <message>
        <source>Customer lifetime value per unit of cost, best first</source>
        <translation>Klantwaarde (CLV) per eenheid kosten, beste eerst</translation>
    </message>
    <message>
        <source>Revenue above costs</source>
        <translation>Omzet boven kosten</translation>
    </message>
    <message>
        <source>CLV above costs</source>
        <translation>CLV boven kosten</translation>
    </message>
    <message>
        <source>Revenue below costs</source>
        <translation>Omzet onder kosten</translation>
    </message>
    <message>
        <source>CLV below costs</source>
        <translation>CLV onder kosten</translation>
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
    <name>relatio::CustomerController</name>
    <message>
        <source>This step cannot be undone or redone: %1 was changed elsewhere since, in fields it would overwrite (%2). Edit the record instead.</source>
        <translation>Deze stap kan niet ongedaan gemaakt of opnieuw uitgevoerd worden: %1 is sindsdien elders gewijzigd, in velden die hij zou overschrijven (%2). Bewerk de klant in plaats daarvan.</translation>
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
    <message>
        <source>Not saved: the follow-up was changed elsewhere.</source>
        <translation>Niet opgeslagen: de opvolging is elders gewijzigd.</translation>
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
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Value segment of the latest analysis</source>
        <translation>Waardesegment van de laatste analyse</translation>
    </message>
    <message>
        <source>No purchases, or not analysed yet</source>
        <translation>Geen aankopen, of nog niet geanalyseerd</translation>
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
    <message>
        <source>Value segment of the latest analysis (Segments page)</source>
        <translation>Waardesegment van de laatste analyse (pagina Segmenten)</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle segmenten</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
</context>
<context>
    <name>relatio::CustomerPropositionBox</name>
    <message>
        <source>no price</source>
        <translation>geen prijs</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>lijstprijs</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Their prices</source>
        <translation>Hun prijzen</translation>
    </message>
    <message>
        <source>Customers who bought this also bought</source>
        <translation>Klanten die dit kochten, kochten ook</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Minder</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>Could not read the proposition</source>
        <translation>De propositie kon niet worden gelezen</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Behoeften:</translation>
    </message>
    <message>
        <source>Motives:</source>
        <translation>Motieven:</translation>
    </message>
    <message>
        <source>Prefers:</source>
        <translation>Voorkeur:</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Geen persona</translation>
    </message>
    <message>
        <source>No persona rule matches this customer.</source>
        <translation>Geen personaregel past bij deze klant.</translation>
    </message>
    <message>
        <source>No purchases of listed products yet.</source>
        <translation>Nog geen aankopen van producten uit de productlijst.</translation>
    </message>
    <message>
        <source>Suggestions appear after the next value analysis.</source>
        <translation>Suggesties verschijnen na de volgende waardeanalyse.</translation>
    </message>
    <message>
        <source>Nothing is bought often enough with this customer&apos;s products.</source>
        <translation>Niets wordt vaak genoeg samen met de producten van deze klant gekocht.</translation>
    </message>
    <message numerus="yes">
        <source>with %1 · %n customers</source>
        <translation>
            <numerusform>met %1 · %n klant</numerusform>
            <numerusform>met %1 · %n klanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relatio::CustomerValueBox</name>
    <message>
        <source>Customer value</source>
        <translation>Klantwaarde</translation>
    </message>
    <message>
        <source>No customer chosen.</source>
        <translation>Geen klant gekozen.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Nog niet geanalyseerd</translation>
    </message>
    <message>
        <source>Run the value analysis on the Segments page to see this customer&apos;s segment, chance of buying again and lifetime value.</source>
        <translation>Voer de waardeanalyse uit op de pagina Segmenten om het segment van deze klant, de kans op een nieuwe aankoop en de klantwaarde (CLV) te zien.</translation>
    </message>
    <message>
        <source>No purchases up to %1 in %2, so no segment or lifetime value.</source>
        <translation>Geen aankopen tot en met %1 in %2, dus geen segment of klantwaarde (CLV).</translation>
    </message>
    <message>
        <source>Recency · frequency · spend</source>
        <translation>Recentheid · frequentie · besteding</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of 5</source>
        <translation>%1 · %2 · %3 van 5</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Laatste aankoop</translation>
    </message>
    <message>
        <source>1 day before the calibration end</source>
        <translation>1 dag vóór het einde van de kalibratieperiode</translation>
    </message>
    <message>
        <source>%1 days before the calibration end</source>
        <translation>%1 dagen vóór het einde van de kalibratieperiode</translation>
    </message>
    <message>
        <source>Purchases, revenue</source>
        <translation>Aankopen, omzet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Chance still buying</source>
        <translation>Kans dat klant nog koopt</translation>
    </message>
    <message>
        <source>Expected purchases, %1 months</source>
        <translation>Verwachte aankopen, %1 maanden</translation>
    </message>
    <message>
        <source>Expected spend per purchase</source>
        <translation>Verwachte besteding per aankoop</translation>
    </message>
    <message>
        <source>Lifetime value, %1 months</source>
        <translation>Klantwaarde (CLV), %1 maanden</translation>
    </message>
    <message>
        <source>CLV tier</source>
        <translation>CLV-klasse</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 van 4</translation>
    </message>
    <message>
        <source>This customer came after the last value analysis. Run it again on the Segments page to see their segment, chance of buying again and lifetime value.</source>
        <translation>Deze klant is na de laatste waardeanalyse toegevoegd. Voer de analyse opnieuw uit op de pagina Segmenten om het segment, de kans op een nieuwe aankoop en de klantwaarde te zien.</translation>
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
    <message>
        <source>O&amp;rders</source>
        <translation>O&amp;rders</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed elsewhere. Your changes are still in the editor.</source>
        <translation>Niet opgeslagen: %1 is elders gewijzigd. Uw wijzigingen staan nog in het formulier.</translation>
    </message>
    <message>
        <source>Saved %1, together with changes made elsewhere meanwhile to: %2.</source>
        <translation>%1 opgeslagen, samen met wijzigingen die intussen elders zijn gemaakt in: %2.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere while you are editing it. Saving keeps those changes, and asks about any field you both changed.</source>
        <translation>%1 is elders gewijzigd terwijl u de klant bewerkt. Bij opslaan blijven die wijzigingen behouden, en wordt gevraagd naar velden die u allebei wijzigde.</translation>
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
    <message>
        <source>Choose how to group the customers (by country, owner, tag or value segment) above to compare the groups channel by channel.</source>
        <translation>Kies hierboven hoe u de klanten wilt groeperen (per land, eigenaar, label of waardesegment) om de groepen kanaal voor kanaal te vergelijken.</translation>
    </message>
    <message>
        <source>Listing the customers of each week…</source>
        <translation>De klanten van elke week worden opgesomd…</translation>
    </message>
    <message>
        <source>Choose how to group the customers (by country, owner or tag) above to compare the groups channel by channel.</source>
        <translation>Kies hierboven hoe u de klanten wilt groeperen (per land, eigenaar of label) om de groepen kanaal voor kanaal te vergelijken.</translation>
    </message>
    <message>
        <source>from this computer&apos;s copy of the team database</source>
        <translation>uit de kopie van de teamdatabase op deze computer</translation>
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
    <message>
        <source>The demo data is written; the value analysis was cancelled (the Segments page runs it).</source>
        <translation>De demogegevens zijn geschreven; de waardeanalyse is geannuleerd (de pagina Segmenten voert deze uit).</translation>
    </message>
    <message>
        <source>The demo data is written, but the value analysis failed: %1</source>
        <translation>De demogegevens zijn geschreven, maar de waardeanalyse is mislukt: %1</translation>
    </message>
    <message>
        <source>Analysing customer value: %1</source>
        <translation>Klantwaarde analyseren: %1</translation>
    </message>
    <message>
        <source>The team database has no customers yet</source>
        <translation>De teamdatabase heeft nog geen klanten</translation>
    </message>
    <message>
        <source>Add the first customer here, or sync a Relatio file that holds the team&apos;s customers with it (File › Sync with Team Server… on that computer). To try the team&apos;s set-up out, load demo customers: everyone working on this team database, and every laptop at its next sync, will see them.</source>
        <translation>Voeg hier de eerste klant toe, of synchroniseer een Relatio-bestand met de klanten van het team ermee (Bestand › Synchroniseren met teamserver… op die computer). Laad demoklanten om de opzet van het team uit te proberen: iedereen die in deze teamdatabase werkt, en elke laptop bij zijn volgende synchronisatie, ziet ze.</translation>
    </message>
    <message>
        <source>Uploading the demo customers to the team database…</source>
        <translation>De demoklanten worden naar de teamdatabase geüpload…</translation>
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
    <message>
        <source>The follow-up “%1”</source>
        <translation>De opvolging “%1”</translation>
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
    <message>
        <source>Not saved: the follow-up was changed elsewhere.</source>
        <translation>Niet opgeslagen: de opvolging is elders gewijzigd.</translation>
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
    <message>
        <source>Syncing this computer&apos;s copy of the team database: %1 records…</source>
        <translation>De kopie van de teamdatabase op deze computer synchroniseren: %1 records…</translation>
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
    <message>
        <source>This step cannot be undone or redone: the contact was changed elsewhere since, in fields it would overwrite (%1). Edit the contact instead.</source>
        <translation>Deze stap kan niet ongedaan gemaakt of opnieuw uitgevoerd worden: het contact is sindsdien elders gewijzigd, in velden die hij zou overschrijven (%1). Bewerk het contact in plaats daarvan.</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: the follow-up was changed elsewhere since, in fields it would overwrite (%1). Edit the follow-up instead.</source>
        <translation>Deze stap kan niet ongedaan gemaakt of opnieuw uitgevoerd worden: de opvolging is sindsdien elders gewijzigd, in velden die hij zou overschrijven (%1). Bewerk de opvolging in plaats daarvan.</translation>
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
    <message>
        <source>Va&amp;lue</source>
        <translation>&amp;Waarde</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Costs and return</source>
        <translation>Kosten en rendement</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Volwassenheid</translation>
    </message>
    <message>
        <source>&amp;Run Analysis…</source>
        <translation>&amp;Analyse uitvoeren…</translation>
    </message>
    <message>
        <source>Score the segments and fit the lifetime value models to the orders</source>
        <translation>Deel de segmenten in en bepaal de modellen voor klantwaarde op de bestellingen</translation>
    </message>
    <message>
        <source>Re&amp;view Overwritten Edits…</source>
        <translation>Overschreven &amp;wijzigingen bekijken…</translation>
    </message>
    <message>
        <source>The edits sync overwrote on team members, units, tags, channels, products, personas, assessments and orders (a customer&apos;s are on its card)</source>
        <translation>De wijzigingen die synchronisatie overschreef bij teamleden, eenheden, labels, kanalen, producten, persona&apos;s, beoordelingen en bestellingen (die van een klant staan op zijn kaart)</translation>
    </message>
    <message>
        <source>%1 on %2 — Relatio</source>
        <translation>%1 op %2 — Relatio</translation>
    </message>
    <message>
        <source>Team database — Relatio</source>
        <translation>Teamdatabase — Relatio</translation>
    </message>
    <message>
        <source>Team database %1</source>
        <translation>Teamdatabase %1</translation>
    </message>
    <message>
        <source>You work on the team database itself: every change is saved there for everyone at once, and reaches the laptops at their next sync.</source>
        <translation>U werkt in de teamdatabase zelf: elke wijziging wordt daar meteen voor iedereen opgeslagen en bereikt de laptops bij hun volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>&amp;Teamdatabase openen…</translation>
    </message>
    <message>
        <source>Work on the team database on its server directly, as colleagues in the office do</source>
        <translation>Rechtstreeks in de teamdatabase op haar server werken, zoals collega&apos;s op kantoor doen</translation>
    </message>
    <message>
        <source>Open Relatio &amp;File…</source>
        <translation>Relatio-&amp;bestand openen…</translation>
    </message>
    <message>
        <source>Work on a Relatio file: this computer&apos;s own, or another</source>
        <translation>In een Relatio-bestand werken: dat van deze computer, of een ander</translation>
    </message>
    <message>
        <source>A team database is backed up on its server (pg_dump), by whoever runs it</source>
        <translation>Van een teamdatabase maakt de beheerder van de server een back-up (pg_dump)</translation>
    </message>
    <message>
        <source>This is the team database itself: laptops sync with it</source>
        <translation>Dit is de teamdatabase zelf: laptops synchroniseren ermee</translation>
    </message>
    <message>
        <source>Value segments, lifetime values and costs against return</source>
        <translation>Waardesegmenten, klantwaarden en kosten tegenover opbrengst</translation>
    </message>
    <message>
        <source>Open Relatio File</source>
        <translation>Relatio-bestand openen</translation>
    </message>
    <message>
        <source>Relatio databases (*.sqlite);;All files (*)</source>
        <translation>Relatio-databases (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file was upgraded to this version of Relatio; a copy as it was is kept at %1.</source>
        <translation>Het bestand is bijgewerkt naar deze versie van Relatio; een kopie zoals het was staat in %1.</translation>
    </message>
    <message>
        <source>That customer is no longer on the team database.</source>
        <translation>Die klant staat niet meer in de teamdatabase.</translation>
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
    <name>relatio::MaturityHistoryChart</name>
    <message>
        <source>No assessments yet</source>
        <translation>Nog geen beoordelingen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Phase reached</source>
        <translation>Bereikte fase</translation>
    </message>
</context>
<context>
    <name>relatio::MaturityPage</name>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Eenheid:</translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation>Nieuwe &amp;beoordeling…</translation>
    </message>
    <message>
        <source>Score the statements of every phase for the unit shown</source>
        <translation>De stellingen van elke fase scoren voor de getoonde eenheid</translation>
    </message>
    <message>
        <source>Units and &amp;team members…</source>
        <translation>Eenheden en &amp;teamleden…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exporteren…</translation>
    </message>
    <message>
        <source>Phase, criterion or evidence</source>
        <translation>Fase, criterium of bewijs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Zelfbeoordeling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>Phases and criteria</source>
        <translation>Fasen en criteria</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Compare units</source>
        <translation>Eenheden vergelijken</translation>
    </message>
    <message>
        <source>(no units yet)</source>
        <translation>(nog geen eenheden)</translation>
    </message>
    <message>
        <source>Measuring the evidence in the CRM&apos;s data…</source>
        <translation>Bewijs meten in de CRM-gegevens…</translation>
    </message>
    <message>
        <source>The evidence could not be measured: %1</source>
        <translation>Het bewijs kon niet worden gemeten: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has reached phase %2, %3&lt;/b&gt; (self-assessment of %4%5). The CRM&apos;s data supports phase %6, %7.</source>
        <translation>&lt;b&gt;%1 heeft fase %2, %3 bereikt&lt;/b&gt; (zelfbeoordeling van %4%5). De CRM-gegevens ondersteunen fase %6, %7.</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> door %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has not been assessed yet.&lt;/b&gt; The CRM&apos;s data supports phase %2, %3. Use &lt;i&gt;New assessment&lt;/i&gt; to score the statements.</source>
        <translation>&lt;b&gt;%1 is nog niet beoordeeld.&lt;/b&gt; De CRM-gegevens ondersteunen fase %2, %3. Gebruik &lt;i&gt;Nieuwe beoordeling&lt;/i&gt; om de stellingen te scoren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No organisation units yet.&lt;/b&gt; The CRM&apos;s data supports phase %1, %2. Add departments or teams with &lt;i&gt;Units and team members&lt;/i&gt; to assess them.</source>
        <translation>&lt;b&gt;Nog geen organisatie-eenheden.&lt;/b&gt; De CRM-gegevens ondersteunen fase %1, %2. Voeg afdelingen of teams toe met &lt;i&gt;Eenheden en teamleden&lt;/i&gt; om ze te beoordelen.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>nulmeting</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 van %2 voldaan</translation>
    </message>
    <message>
        <source>%1 · reached</source>
        <translation>%1 · bereikt</translation>
    </message>
    <message>
        <source>%1 · next</source>
        <translation>%1 · volgende</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Gegevens: %1</translation>
    </message>
    <message>
        <source>Every phase is reached.</source>
        <translation>Alle fasen zijn bereikt.</translation>
    </message>
    <message>
        <source>What blocks phase %1, %2</source>
        <translation>Wat fase %1, %2 tegenhoudt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Data: %1 is %2, threshold %3</source>
        <translation>Gegevens: %1 is %2, drempel %3</translation>
    </message>
    <message>
        <source>Self-assessment and data disagree</source>
        <translation>Zelfbeoordeling en gegevens spreken elkaar tegen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>Evidence: the whole database, contacts and follow-ups of the 12 months up to %1.</source>
        <translation>Bewijs: de hele database, contactmomenten en opvolgingen van de 12 maanden tot en met %1.</translation>
    </message>
    <message>
        <source>Assessment of %1 saved.</source>
        <translation>Beoordeling van %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Print the maturity report</source>
        <translation>Het volwassenheidsrapport afdrukken</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF niet geschreven</translation>
    </message>
    <message>
        <source>Maturity report written to %1.</source>
        <translation>Volwassenheidsrapport geschreven naar %1.</translation>
    </message>
    <message>
        <source>CRM maturity</source>
        <translation>CRM-volwassenheid</translation>
    </message>
    <message>
        <source>CRM maturity %1</source>
        <translation>CRM-volwassenheid %1</translation>
    </message>
    <message>
        <source>Export the maturity report as PDF</source>
        <translation>Het volwassenheidsrapport exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>relatio::OpenTeamDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>Teamdatabase openen</translation>
    </message>
    <message>
        <source>Work on the team database itself, as colleagues in the office do: every change is saved there for everyone at once, and reaches the laptops at their next sync. This computer&apos;s Relatio file stays as it is.</source>
        <translation>Werk in de teamdatabase zelf, zoals collega&apos;s op kantoor doen: elke wijziging wordt daar meteen voor iedereen opgeslagen en bereikt de laptops bij hun volgende synchronisatie. Het Relatio-bestand van deze computer blijft zoals het is.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>taken from the system keychain when remembered</source>
        <translation>uit de sleutelhanger van het systeem als het onthouden is</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>The team database could not be opened: %1</source>
        <translation>De teamdatabase kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Het wachtwoord kon niet in de sleutelhanger van het systeem worden bewaard: %1</translation>
    </message>
</context>
<context>
    <name>relatio::OrderController</name>
    <message>
        <source>Add Order</source>
        <translation>Bestelling toevoegen</translation>
    </message>
    <message>
        <source>Edit Order</source>
        <translation>Bestelling bewerken</translation>
    </message>
    <message>
        <source>Delete Order</source>
        <translation>Bestelling verwijderen</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: the order was changed elsewhere since, in fields it would overwrite (%1). Edit the order instead.</source>
        <translation>Deze stap kan niet ongedaan gemaakt of opnieuw uitgevoerd worden: de bestelling is sindsdien elders gewijzigd, in velden die hij zou overschrijven (%1). Bewerk de bestelling in plaats daarvan.</translation>
    </message>
</context>
<context>
    <name>relatio::PersonasDialog</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona&apos;s</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>&amp;Verwijderde tonen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Personas, in order:</source>
        <translation>Persona&apos;s, op volgorde:</translation>
    </message>
    <message>
        <source>Who they are, in a sentence or two</source>
        <translation>Wie ze zijn, in een of twee zinnen</translation>
    </message>
    <message>
        <source>What they need from us</source>
        <translation>Wat ze van ons nodig hebben</translation>
    </message>
    <message>
        <source>Why they buy</source>
        <translation>Waarom ze kopen</translation>
    </message>
    <message>
        <source>Tick the channels this persona prefers; drag to put the most preferred first.</source>
        <translation>Vink de kanalen aan die deze persona verkiest; sleep het favoriete kanaal naar boven.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Nee&amp;ds:</source>
        <translation>Behoe&amp;ften:</translation>
    </message>
    <message>
        <source>M&amp;otives:</source>
        <translation>&amp;Motieven:</translation>
    </message>
    <message>
        <source>Preferred &amp;channels:</source>
        <translation>Voorkeurs&amp;kanalen:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>&amp;Regel toevoegen…</translation>
    </message>
    <message>
        <source>Ed&amp;it Rule…</source>
        <translation>Re&amp;gel bewerken…</translation>
    </message>
    <message>
        <source>Delete R&amp;ule</source>
        <translation>R&amp;egel verwijderen</translation>
    </message>
    <message>
        <source>Customers get this persona when</source>
        <translation>Klanten krijgen deze persona als</translation>
    </message>
    <message>
        <source>Rules are checked by priority (1 first; at equal priority in the order of the list). The first rule whose conditions all hold gives the customer its persona; an empty condition always holds.</source>
        <translation>Regels worden op prioriteit gecontroleerd (1 eerst; bij gelijke prioriteit in de volgorde van de lijst). De eerste regel waarvan alle voorwaarden gelden, geeft de klant zijn persona; een lege voorwaarde geldt altijd.</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (verwijderd)</translation>
    </message>
    <message>
        <source>%1 · %2 customers</source>
        <translation>%1 · %2 klanten</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>Klanten tellen…</translation>
    </message>
    <message>
        <source>%1 customers have a persona; %2 have none.</source>
        <translation>%1 klanten hebben een persona; %2 hebben er geen.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Hers&amp;tellen</translation>
    </message>
    <message>
        <source>No rules yet: no customer gets this persona.</source>
        <translation>Nog geen regels: geen enkele klant krijgt deze persona.</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nieuwe persona</translation>
    </message>
    <message>
        <source>New persona %1</source>
        <translation>Nieuwe persona %1</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>Edit Rule</source>
        <translation>Regel bewerken</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>1 is checked first.</source>
        <translation>1 wordt eerst gecontroleerd.</translation>
    </message>
    <message>
        <source>Value &amp;segment:</source>
        <translation>Waarde&amp;segment:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>La&amp;nd:</translation>
    </message>
</context>
<context>
    <name>relatio::PriceRulesDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>altijd</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1% korting</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categorie %1</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle producten</translation>
    </message>
    <message>
        <source>CLV tier %1</source>
        <translation>CLV-klasse %1</translation>
    </message>
    <message>
        <source>persona %1</source>
        <translation>persona %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Price Rules</source>
        <translation>Prijsregels</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>&amp;Verwijderde tonen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>A customer&apos;s price is given by the first rule that applies, in this order: lowest priority number first; at equal priority a rule for one product before one for a category before one for all products, then the rule with more conditions on the customer. When no rule applies, the list price holds.</source>
        <translation>De prijs voor een klant komt uit de eerste regel die van toepassing is, in deze volgorde: laagste prioriteitsnummer eerst; bij gelijke prioriteit gaat een regel voor één product vóór een regel voor een categorie, en die vóór een regel voor alle producten; daarna komt de regel met meer voorwaarden voor de klant. Als geen enkele regel van toepassing is, geldt de lijstprijs.</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (verwijderd)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>New Price Rule</source>
        <translation>Nieuwe prijsregel</translation>
    </message>
    <message>
        <source>Edit Price Rule</source>
        <translation>Prijsregel bewerken</translation>
    </message>
    <message>
        <source>e.g. “Champions 10% off”</source>
        <translation>bijv. “Kampioenen 10% korting”</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>Een categorie</translation>
    </message>
    <message>
        <source>One product</source>
        <translation>Eén product</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Elk segment</translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation>Elke persona</translation>
    </message>
    <message>
        <source>Take a &amp;percentage off the list price:</source>
        <translation>Een &amp;percentage van de lijstprijs aftrekken:</translation>
    </message>
    <message>
        <source>&amp;Set the price to:</source>
        <translation>De prijs &amp;instellen op:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioriteit:</translation>
    </message>
    <message>
        <source>Lower numbers are tried first.</source>
        <translation>Lagere nummers worden eerst geprobeerd.</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Van toepassing op:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>CLV &amp;tier:</source>
        <translation>CLV-&amp;klasse:</translation>
    </message>
    <message>
        <source>Pers&amp;ona:</source>
        <translation>Pers&amp;ona:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prijs:</translation>
    </message>
    <message>
        <source>&amp;Valid:</source>
        <translation>Gel&amp;dig:</translation>
    </message>
    <message>
        <source>Choose the product from the list.</source>
        <translation>Kies het product uit de lijst.</translation>
    </message>
    <message>
        <source>Give the category the rule applies to.</source>
        <translation>Geef de categorie op waarvoor de regel geldt.</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like %2.</source>
        <translation>“%1” is geen prijs; schrijf het als %2.</translation>
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
    <name>relatio::PurchaseDialog</name>
    <message>
        <source>Edit Order</source>
        <translation>Bestelling bewerken</translation>
    </message>
    <message>
        <source>Add Order</source>
        <translation>Bestelling toevoegen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>the order&apos;s number in the shop or ERP (optional)</source>
        <translation>het bestelnummer in de winkel of het ERP (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Order id:</source>
        <translation>&amp;Bestelnummer:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>for a new product</source>
        <translation>voor een nieuw product</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegorie:</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Negative for a return.</source>
        <translation>Negatief bij een retour.</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Aantal:</translation>
    </message>
    <message>
        <source>line total, e.g. %1</source>
        <translation>regeltotaal, bijv. %1</translation>
    </message>
    <message>
        <source>The total of the line. Negative for a refund.</source>
        <translation>Het totaal van de regel. Negatief bij een terugbetaling.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Bed&amp;rag:</translation>
    </message>
    <message>
        <source>The quantity cannot be 0; a return has a negative quantity.</source>
        <translation>Het aantal mag niet 0 zijn; een retour heeft een negatief aantal.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; choose one such as EUR or NOK.</source>
        <translation>“%1” is geen valutacode; kies er een zoals EUR of NOK.</translation>
    </message>
</context>
<context>
    <name>relatio::PurchaseListModel</name>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>quantity, as a short column title</comment>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
</context>
<context>
    <name>relatio::PurchasesPanel</name>
    <message>
        <source>&amp;Add Order…</source>
        <translation>Bestelling &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Record an order or a refund of this customer</source>
        <translation>Een bestelling of terugbetaling van deze klant vastleggen</translation>
    </message>
    <message>
        <source>No orders yet. Orders come in with “relatio-cli import orders” or are added here.</source>
        <translation>Nog geen bestellingen. Bestellingen komen binnen via “relatio-cli import orders” of worden hier toegevoegd.</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Order added.</source>
        <translation>Bestelling toegevoegd.</translation>
    </message>
    <message>
        <source>Order deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Bestelling verwijderd. Met Ongedaan maken (Ctrl+Z) haalt u deze terug.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No orders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geen bestellingen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 order line</source>
        <translation>1 bestelregel</translation>
    </message>
    <message>
        <source>%1 order lines</source>
        <translation>%1 bestelregels</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation>eerste %1, laatste %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <comment>revenue · order lines · first and last purchase</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Order saved, together with changes made elsewhere meanwhile to: %1.</source>
        <translation>Bestelling opgeslagen, samen met wijzigingen die intussen elders zijn gemaakt in: %1.</translation>
    </message>
    <message>
        <source>The order of %1</source>
        <translation>De bestelling van %1</translation>
    </message>
    <message>
        <source>Not saved: the order was changed elsewhere.</source>
        <translation>Niet opgeslagen: de bestelling is elders gewijzigd.</translation>
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
    <name>relatio::RunAnalysisDialog</name>
    <message>
        <source>Run value analysis</source>
        <translation>Waardeanalyse uitvoeren</translation>
    </message>
    <message>
        <source>Fits the purchase and spend models to the order history, scores every customer&apos;s recency, frequency and spend, and computes the lifetime value. It runs in the background; the previous result stays until the new one is complete.</source>
        <translation>Stemt de aankoop- en bestedingsmodellen af op de bestelgeschiedenis, scoort de recentheid, frequentie en besteding van elke klant en berekent de klantwaarde (CLV). De analyse draait op de achtergrond; het vorige resultaat blijft staan totdat het nieuwe klaar is.</translation>
    </message>
    <message>
        <source>The last purchase day</source>
        <translation>De laatste aankoopdag</translation>
    </message>
    <message>
        <source>&amp;Calibration end:</source>
        <translation>&amp;Einde kalibratie:</translation>
    </message>
    <message>
        <source>The models see the purchases up to and including this day</source>
        <translation>De modellen zien de aankopen tot en met deze dag</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>The unit the models count time in; it changes the parameters, hardly the results</source>
        <translation>De eenheid waarin de modellen tijd tellen; die verandert de parameters, nauwelijks de resultaten</translation>
    </message>
    <message>
        <source>Time &amp;unit:</source>
        <translation>&amp;Tijdseenheid:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>CLV &amp;horizon:</source>
        <translation>CLV-&amp;horizon:</translation>
    </message>
    <message>
        <source>% a month</source>
        <translation>% per maand</translation>
    </message>
    <message>
        <source>1% a month is about 12.7% a year</source>
        <translation>1% per maand is ongeveer 12,7% per jaar</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>&amp;Disconteringspercentage:</translation>
    </message>
    <message>
        <source>The most common one</source>
        <translation>De meest voorkomende</translation>
    </message>
    <message>
        <source>Purchases in other currencies are left out, and counted</source>
        <translation>Aankopen in andere valuta worden weggelaten en geteld</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
</context>
<context>
    <name>relatio::SaveConflictDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Verwijderd %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>Changed elsewhere — %1</source>
        <translation>Elders gewijzigd — %1</translation>
    </message>
    <message>
        <source>Kept from the other change as well, since you did not change them: %1.</source>
        <translation>Ook overgenomen uit de andere wijziging, omdat u deze niet wijzigde: %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Van u</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Van de ander</translation>
    </message>
    <message>
        <source>As you opened it</source>
        <translation>Zoals u het opende</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation>Alles van &amp;mij</translation>
    </message>
    <message>
        <source>All &amp;Theirs</source>
        <translation>Alles van de &amp;ander</translation>
    </message>
    <message>
        <source>&amp;Save These Values</source>
        <translation>Deze waarden op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Terug naar bewerken</translation>
    </message>
    <message>
        <source>Chooses your value in every field above</source>
        <translation>Kiest uw waarde in elk veld hierboven</translation>
    </message>
    <message>
        <source>Chooses the other change&apos;s value in every field above</source>
        <translation>Kiest de waarde van de andere wijziging in elk veld hierboven</translation>
    </message>
    <message>
        <source>Nothing is saved; your changes stay in the editor</source>
        <translation>Er wordt niets opgeslagen; uw wijzigingen blijven in het formulier</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed elsewhere while you were working on it&lt;/b&gt; — by a colleague, or by a sync with the team server. You both changed the fields below: choose, for each, the value to keep.</source>
        <translation>&lt;b&gt;%1 is elders gewijzigd terwijl u ermee bezig was&lt;/b&gt; — door een collega, of door een synchronisatie met de teamserver. U hebt allebei de velden hieronder gewijzigd: kies per veld de waarde die blijft.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>relatio::SegmentReturnModel</name>
    <message>
        <source>No costs recorded for this segment in the period.</source>
        <translation>Geen kosten vastgelegd voor dit segment in deze periode.</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Customers in the segment (by the latest value analysis)</source>
        <translation>Klanten in het segment (volgens de laatste waardeanalyse)</translation>
    </message>
    <message>
        <source>Purchases in the period</source>
        <translation>Aankopen in de periode</translation>
    </message>
    <message>
        <source>Total customer lifetime value of the segment</source>
        <translation>Totale klantwaarde (CLV) van het segment</translation>
    </message>
    <message>
        <source>(Revenue − costs) ÷ costs</source>
        <translation>(Omzet − kosten) ÷ kosten</translation>
    </message>
    <message>
        <source>Total CLV ÷ costs</source>
        <translation>Totale CLV ÷ kosten</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisitie</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Behoud</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>CLV per cost</source>
        <translation>CLV/kosten</translation>
    </message>
</context>
<context>
    <name>relatio::SegmentsPage</name>
    <message>
        <source>Segments and Lifetime Value</source>
        <translation>Segmenten en klantwaarde (CLV)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Run Analysis…</source>
        <translation>&amp;Analyse uitvoeren…</translation>
    </message>
    <message>
        <source>Fit the models to the order history and score every customer again</source>
        <translation>De modellen afstemmen op de bestelgeschiedenis en elke klant opnieuw scoren</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Run Analysis…</source>
        <translation>Analyse uitvoeren…</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Grafiek:</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Totale CLV</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>Gemiddelde CLV</translation>
    </message>
    <message>
        <source>Double-click a customer or press Enter to open the card</source>
        <translation>Dubbelklik op een klant of druk op Enter om de kaart te openen</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>De segmenten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No value analysis yet.
Run it to score every customer&apos;s recency, frequency and spend, place them in segments and estimate their lifetime value.</source>
        <translation>Nog geen waardeanalyse.
Voer deze uit om de recentheid, frequentie en besteding van elke klant te scoren, klanten in segmenten in te delen en hun klantwaarde (CLV) te schatten.</translation>
    </message>
    <message>
        <source>No orders yet.
Segments and lifetime values come from the order history: import or enter purchases first.</source>
        <translation>Nog geen bestellingen.
Segmenten en klantwaarden komen uit de bestelgeschiedenis: importeer of voer eerst aankopen in.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 customers, highest lifetime value first. %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 klanten, hoogste klantwaarde eerst. %3</translation>
    </message>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>De klanten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Starting… %p%</source>
        <translation>Starten… %p%</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>The value analysis was cancelled; the previous result stays.</source>
        <translation>De waardeanalyse is geannuleerd; het vorige resultaat blijft staan.</translation>
    </message>
    <message>
        <source>The value analysis failed: %1</source>
        <translation>De waardeanalyse is mislukt: %1</translation>
    </message>
    <message>
        <source>The value analysis failed:
%1</source>
        <translation>De waardeanalyse is mislukt:
%1</translation>
    </message>
    <message>
        <source>The last analysis failed: %1</source>
        <translation>De laatste analyse is mislukt: %1</translation>
    </message>
    <message>
        <source>No orders yet: there is nothing to analyse.</source>
        <translation>Nog geen bestellingen: er is niets te analyseren.</translation>
    </message>
    <message>
        <source>Analysed %1 customers with %2 purchases.</source>
        <translation>%1 klanten met %2 aankopen geanalyseerd.</translation>
    </message>
    <message>
        <source>%1 purchases in other currencies (%2) were left out.</source>
        <translation>%1 aankopen in andere valuta (%2) zijn weggelaten.</translation>
    </message>
    <message>
        <source>Not every model could be fitted; see the model panel.</source>
        <translation>Niet elk model kon worden bepaald; zie het modelpaneel.</translation>
    </message>
    <message>
        <source>Worked out on this computer&apos;s copy of the team database, brought up to date each time the analysis runs. The costs and price rules are this computer&apos;s own.</source>
        <translation>Berekend op de kopie van de teamdatabase op deze computer, die bij elke analyse eerst wordt bijgewerkt. De kosten en prijsregels zijn van deze computer.</translation>
    </message>
    <message>
        <source>No value analysis on this computer yet.
Running it brings the team database&apos;s orders to this computer&apos;s copy first, then scores every customer and estimates their lifetime value.</source>
        <translation>Nog geen waardeanalyse op deze computer.
De analyse haalt eerst de bestellingen uit de teamdatabase naar de kopie op deze computer, beoordeelt dan elke klant en schat de klantwaarde.</translation>
    </message>
</context>
<context>
    <name>relatio::StaircaseWidget</name>
    <message>
        <source>Maturity staircase</source>
        <translation>Volwassenheidstrap</translation>
    </message>
    <message>
        <source>Phase reached: %1. The CRM&apos;s data supports phase %2.</source>
        <translation>Bereikte fase: %1. De CRM-gegevens ondersteunen fase %2.</translation>
    </message>
    <message>
        <source>Not assessed yet. The CRM&apos;s data supports phase %1.</source>
        <translation>Nog niet beoordeeld. De CRM-gegevens ondersteunen fase %1.</translation>
    </message>
    <message>
        <source>Reached (self-assessment)</source>
        <translation>Bereikt (zelfbeoordeling)</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Supported by the CRM&apos;s data</source>
        <translation>Ondersteund door de CRM-gegevens</translation>
    </message>
</context>
<context>
    <name>relatio::SyncController</name>
    <message>
        <source>S&amp;ync with Team Server…</source>
        <translation>S&amp;ynchroniseren met teamserver…</translation>
    </message>
    <message>
        <source>Exchange changes with the team database</source>
        <translation>Wijzigingen uitwisselen met de teamdatabase</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>Gesynchroniseerd: %1 verzonden, %2 ontvangen.</translation>
    </message>
    <message>
        <source>Team server not reached (%1); working offline.</source>
        <translation>Teamserver niet bereikt (%1); offline verder.</translation>
    </message>
    <message numerus="yes">
        <source>Edits overwritten by changes made elsewhere at the same time: %n; the customer cards and File › Review Overwritten Edits show them for review.</source>
        <translation>
            <numerusform>%n wijziging die tegelijk elders was gemaakt, is overschreven; de klantkaarten en Bestand › Overschreven wijzigingen bekijken tonen die om te bekijken.</numerusform>
            <numerusform>%n wijzigingen die tegelijk elders waren gemaakt, zijn overschreven; de klantkaarten en Bestand › Overschreven wijzigingen bekijken tonen ze om te bekijken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relatio::SyncDialog</name>
    <message>
        <source>Sync with Team Server</source>
        <translation>Synchroniseren met teamserver</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>kept in the system keychain when remembered</source>
        <translation>bewaard in de sleutelhanger van het systeem als het onthouden wordt</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>Sync when Relatio &amp;starts and the server can be reached</source>
        <translation>Synchroniseren wanneer Relatio &amp;start en de server bereikbaar is</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Syncing: %1 records</source>
        <translation>Synchroniseren: %1 records</translation>
    </message>
    <message>
        <source>Sync failed: %1
Nothing was lost; sync again when the server can be reached.</source>
        <translation>Synchronisatie mislukt: %1
Er is niets verloren gegaan; synchroniseer opnieuw wanneer de server bereikbaar is.</translation>
    </message>
    <message>
        <source>The connection was not encrypted.</source>
        <translation>De verbinding was niet versleuteld.</translation>
    </message>
    <message>
        <source>Changes made here go to the team database, and changes made there come here: customers with their tags and owners, contacts, follow-ups, orders, the consent ledger, erasures and the list of overwritten edits.</source>
        <translation>Wijzigingen van hier gaan naar de teamdatabase, en wijzigingen van daar komen hierheen: klanten met hun labels en eigenaren, contactmomenten, opvolgingen, bestellingen, het toestemmingsregister, wissingen en de lijst van overschreven wijzigingen.</translation>
    </message>
    <message>
        <source>&amp;Keep here:</source>
        <translation>&amp;Hier bewaren:</translation>
    </message>
    <message>
        <source>Choose the team member, tag or country whose customers this computer keeps.</source>
        <translation>Kies het teamlid, het label of het land waarvan deze computer de klanten bewaart.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>Customers of team member</source>
        <translation>Klanten van teamlid</translation>
    </message>
    <message>
        <source>Customers with tag</source>
        <translation>Klanten met label</translation>
    </message>
    <message>
        <source>Customers in country</source>
        <translation>Klanten in land</translation>
    </message>
    <message>
        <source>As set now: %1</source>
        <translation>Zoals nu ingesteld: %1</translation>
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
    <name>relatio::UnitsDialog</name>
    <message>
        <source>Organisation units and team members</source>
        <translation>Organisatie-eenheden en teamleden</translation>
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
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Departments and teams</source>
        <translation>Afdelingen en teams</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Contacts count for the unit of the team member who handled them.</source>
        <translation>Contactmomenten tellen mee voor de eenheid van het teamlid dat ze heeft behandeld.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit of %1</source>
        <translation>Eenheid van %1</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(geen eenheid)</translation>
    </message>
    <message>
        <source>Unit not added</source>
        <translation>Eenheid niet toegevoegd</translation>
    </message>
    <message>
        <source>Unit not changed</source>
        <translation>Eenheid niet gewijzigd</translation>
    </message>
    <message>
        <source>Add organisation unit</source>
        <translation>Organisatie-eenheid toevoegen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Rename organisation unit</source>
        <translation>Naam van organisatie-eenheid wijzigen</translation>
    </message>
    <message>
        <source>Unit not renamed</source>
        <translation>Naam van eenheid niet gewijzigd</translation>
    </message>
    <message>
        <source>Remove organisation unit</source>
        <translation>Organisatie-eenheid verwijderen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its maturity assessments? Its team members will be in no unit.</source>
        <translation>&quot;%1&quot; met de bijbehorende volwassenheidsbeoordelingen verwijderen? De teamleden vallen dan onder geen enkele eenheid.</translation>
    </message>
    <message>
        <source>Unit not removed</source>
        <translation>Eenheid niet verwijderd</translation>
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
    <message>
        <source>%1: %2 contacts</source>
        <translation>%1: %2 contactmomenten</translation>
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
<context>
    <name>relatio::ValueSetupActions</name>
    <message>
        <source>&amp;Personas…</source>
        <translation>&amp;Persona&apos;s…</translation>
    </message>
    <message>
        <source>Describe the kinds of customers you have and the rules that give each customer one</source>
        <translation>De soorten klanten die u hebt beschrijven, met de regels die elke klant een persona geven</translation>
    </message>
    <message>
        <source>&amp;Costs…</source>
        <translation>&amp;Kosten…</translation>
    </message>
    <message>
        <source>Record acquisition and retention costs per segment and channel</source>
        <translation>Acquisitie- en behoudkosten per segment en kanaal vastleggen</translation>
    </message>
    <message>
        <source>P&amp;rice Rules…</source>
        <translation>P&amp;rijsregels…</translation>
    </message>
    <message>
        <source>Individual prices by segment, CLV tier or persona</source>
        <translation>Individuele prijzen per segment, CLV-klasse of persona</translation>
    </message>
</context>
<context>
    <name>relatio::maturity::MaturityHistoryModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Phase reached</source>
        <translation>Bereikte fase</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Criteria voldaan</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>relatio::maturity::UnitComparisonModel</name>
    <message>
        <source>not assessed yet</source>
        <translation>nog niet beoordeeld</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Criteria of phase %1 (%2) met in the latest assessment</source>
        <translation>Criteria van fase %1 (%2) waaraan in de laatste beoordeling is voldaan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>Phase reached</source>
        <translation>Bereikte fase</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Beoordelingen</translation>
    </message>
</context>
<context>
    <name>relatio::value::SegmentMembersModel</name>
    <message>
        <source>Days from the last purchase to the end of the calibration period</source>
        <translation>Dagen van de laatste aankoop tot het einde van de kalibratieperiode</translation>
    </message>
    <message>
        <source>Days with a purchase (several on one day count as one)</source>
        <translation>Dagen met een aankoop (meerdere op één dag tellen als één)</translation>
    </message>
    <message>
        <source>Everything bought up to the end of the calibration period</source>
        <translation>Alles wat is gekocht tot het einde van de kalibratieperiode</translation>
    </message>
    <message>
        <source>The chance that the customer still buys (BG/NBD)</source>
        <translation>De kans dat de klant nog koopt (BG/NBD)</translation>
    </message>
    <message>
        <source>Purchases expected over the horizon (BG/NBD)</source>
        <translation>Verwachte aankopen over de horizon (BG/NBD)</translation>
    </message>
    <message>
        <source>Expected spend per purchase (Gamma-Gamma)</source>
        <translation>Verwachte besteding per aankoop (Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Customer lifetime value over the horizon, discounted</source>
        <translation>Klantwaarde (CLV) over de horizon, verdisconteerd</translation>
    </message>
    <message>
        <source>1 = top 10% by CLV, 2 = next 20%, 3 = next 30%, 4 = the rest</source>
        <translation>1 = top 10% op CLV, 2 = volgende 20%, 3 = volgende 30%, 4 = de rest</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Dagen sinds</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Aankopen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Exp. purchases</source>
        <translation>Verw. aankopen</translation>
    </message>
    <message>
        <source>Exp. spend</source>
        <translation>Verw. besteding</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Klasse</translation>
    </message>
</context>
<context>
    <name>relatio::value::SegmentSummaryModel</name>
    <message>
        <source>Share of the analysed customers</source>
        <translation>Aandeel van de geanalyseerde klanten</translation>
    </message>
    <message>
        <source>Everything the segment bought up to the end of the calibration period</source>
        <translation>Alles wat het segment heeft gekocht tot het einde van de kalibratieperiode</translation>
    </message>
    <message>
        <source>Mean customer lifetime value over the horizon</source>
        <translation>Gemiddelde klantwaarde (CLV) over de horizon</translation>
    </message>
    <message>
        <source>The segment&apos;s customer lifetime value over the horizon, summed</source>
        <translation>De klantwaarde (CLV) van het segment over de horizon, opgeteld</translation>
    </message>
    <message>
        <source>Mean chance that a member still buys (BG/NBD)</source>
        <translation>Gemiddelde kans dat een lid nog koopt (BG/NBD)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>Gemiddelde CLV</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Totale CLV</translation>
    </message>
    <message>
        <source>Avg. P(alive)</source>
        <translation>Gem. P(alive)</translation>
    </message>
    <message>
        <source>Bought recently and often: the best customers.</source>
        <translation>Recent en vaak gekocht: de beste klanten.</translation>
    </message>
    <message>
        <source>Buy often and fairly recently.</source>
        <translation>Kopen vaak en vrij recent.</translation>
    </message>
    <message>
        <source>Recent customers with a few purchases: could become loyal.</source>
        <translation>Recente klanten met enkele aankopen: kunnen trouw worden.</translation>
    </message>
    <message>
        <source>Bought very recently, for the first time or once or twice.</source>
        <translation>Zeer recent gekocht, voor het eerst of een of twee keer.</translation>
    </message>
    <message>
        <source>Recent, but have bought little so far.</source>
        <translation>Recent, maar hebben tot nu toe weinig gekocht.</translation>
    </message>
    <message>
        <source>Middling recency and frequency: slipping without a nudge.</source>
        <translation>Gemiddelde recentheid en frequentie: haken af zonder duwtje.</translation>
    </message>
    <message>
        <source>Not recent and not frequent: about to lapse.</source>
        <translation>Niet recent en niet vaak: dreigen af te haken.</translation>
    </message>
    <message>
        <source>Bought often, but not for a long time.</source>
        <translation>Kochten vaak, maar al lang niet meer.</translation>
    </message>
    <message>
        <source>Used to buy most often, but not for a long time: win them back.</source>
        <translation>Kochten het vaakst, maar al lang niet meer: win ze terug.</translation>
    </message>
    <message>
        <source>Long ago and seldom: the least active.</source>
        <translation>Lang geleden en zelden: de minst actieve.</translation>
    </message>
</context>
</TS>
