<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Reading the organisation units</source>
        <translation>Lesing av organisasjonsenhetene</translation>
    </message>
    <message>
        <source>An organisation unit needs a name.</source>
        <translation>En organisasjonsenhet må ha et navn.</translation>
    </message>
    <message>
        <source>Adding the organisation unit</source>
        <translation>Oppretting av organisasjonsenheten</translation>
    </message>
    <message>
        <source>There is already a unit named &quot;%1&quot;.</source>
        <translation>Det finnes allerede en enhet med navnet «%1».</translation>
    </message>
    <message>
        <source>Changing the organisation unit</source>
        <translation>Endring av organisasjonsenheten</translation>
    </message>
    <message>
        <source>The organisation unit no longer exists.</source>
        <translation>Organisasjonsenheten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Removing the organisation unit</source>
        <translation>Fjerning av organisasjonsenheten</translation>
    </message>
    <message>
        <source>Reading the team members</source>
        <translation>Lesing av teammedlemmene</translation>
    </message>
    <message>
        <source>Changing the team member&apos;s unit</source>
        <translation>Endring av teammedlemmets enhet</translation>
    </message>
    <message>
        <source>The team member no longer exists.</source>
        <translation>Teammedlemmet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Reading the maturity assessments</source>
        <translation>Lesing av modenhetsvurderingene</translation>
    </message>
    <message>
        <source>Choose the organisation unit the assessment is for.</source>
        <translation>Velg organisasjonsenheten vurderingen gjelder.</translation>
    </message>
    <message>
        <source>The assessment needs a date.</source>
        <translation>Vurderingen må ha en dato.</translation>
    </message>
    <message>
        <source>The assessment date %1 is in the future.</source>
        <translation>Vurderingsdatoen %1 er i fremtiden.</translation>
    </message>
    <message>
        <source>Unknown statement &quot;%1&quot; in the assessment.</source>
        <translation>Ukjent påstand «%1» i vurderingen.</translation>
    </message>
    <message>
        <source>The score %1 of statement &quot;%2&quot; is not between 0 and %3.</source>
        <translation>Poengsummen %1 for påstanden «%2» er ikke mellom 0 og %3.</translation>
    </message>
    <message>
        <source>Saving the maturity assessment</source>
        <translation>Lagring av modenhetsvurderingen</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>Vurderingen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Removing the maturity assessment</source>
        <translation>Fjerning av modenhetsvurderingen</translation>
    </message>
</context>
<context>
    <name>BgNbd</name>
    <message>
        <source>There are no customers to fit the purchase model to.</source>
        <translation>Det finnes ingen kunder å tilpasse kjøpsmodellen til.</translation>
    </message>
    <message>
        <source>Customer %1 has an impossible purchase history (x = %2, t_x = %3, T = %4).</source>
        <translation>Kunde %1 har en umulig kjøpshistorikk (x = %2, t_x = %3, T = %4).</translation>
    </message>
    <message>
        <source>No customer has bought a second time, so the purchase model cannot be fitted.</source>
        <translation>Ingen kunder har kjøpt en gang til, så kjøpsmodellen kan ikke tilpasses.</translation>
    </message>
    <message>
        <source>The purchase model did not converge on these customers; there may be too few of them or too few repeat purchases.</source>
        <translation>Kjøpsmodellen konvergerte ikke for disse kundene; det kan være for få kunder eller for få gjentatte kjøp.</translation>
    </message>
    <message>
        <source>These customers do not determine the purchase model; there may be too few of them, or they may buy too much alike.</source>
        <translation>Disse kundene bestemmer ikke kjøpsmodellen; det kan være for få kunder, eller de kjøper for likt.</translation>
    </message>
</context>
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
    <name>ChangeHistory</name>
    <message>
        <source>By hand</source>
        <translation>Manuelt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import angret</translation>
    </message>
    <message>
        <source>Import redone</source>
        <translation>Import gjort om</translation>
    </message>
    <message>
        <source>Recording the change history</source>
        <translation>Registrering av endringshistorikken</translation>
    </message>
    <message>
        <source>Reading the history of customer %1</source>
        <translation>Lesing av historikken for kunde %1</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import av %1</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Medlem av</translation>
    </message>
    <message>
        <source>Record</source>
        <comment>the customer record as a whole</comment>
        <translation>Kundeposten</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>(erased or unknown organisation)</source>
        <translation>(slettet eller ukjent organisasjon)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gjenopprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Web self-service</source>
        <translation>Selvbetjening på nett</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
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
        <translation>Prøv &apos;relatio-cli --help&apos;.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>ingen kommando angitt.</translation>
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
    <message>
        <source>1 team member named in the file was added.</source>
        <translation>1 teammedlem som er nevnt i filen, ble lagt til.</translation>
    </message>
    <message>
        <source>%1 team members named in the file were added.</source>
        <translation>%1 teammedlemmer som er nevnt i filen, ble lagt til.</translation>
    </message>
    <message>
        <source>Exported 1 contact to %1.</source>
        <translation>Eksporterte 1 kontakt til %1.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>Eksporterte %1 kontakter til %2.</translation>
    </message>
    <message>
        <source>Exported 1 customer with permission for &quot;%1&quot; to %2.</source>
        <translation>Eksporterte 1 kunde med samtykke for «%1» til %2.</translation>
    </message>
    <message>
        <source>Exported %1 customers with permission for &quot;%2&quot; to %3.</source>
        <translation>Eksporterte %1 kunder med samtykke for «%2» til %3.</translation>
    </message>
    <message>
        <source>Left out: %1 with permission but without the contact details the list needs.</source>
        <translation>Utelatt: %1 med samtykke, men uten kontaktopplysningene listen trenger.</translation>
    </message>
    <message>
        <source>Wrote everything held about customer %1 to %2 and %3.</source>
        <translation>Skrev alt som er lagret om kunde %1, til %2 og %3.</translation>
    </message>
    <message>
        <source>Erased customer %1 (%2): %3 rows (%4). Only a tombstone with the Relatio id is left.</source>
        <translation>Slettet kunde %1 (%2) permanent: %3 rader (%4). Bare en slettemarkør med Relatio-ID-en er igjen.</translation>
    </message>
    <message>
        <source>%1 people who belonged to it keep their records, without the organisation.</source>
        <translation>%1 personer som hørte til den, beholder postene sine, uten organisasjonen.</translation>
    </message>
    <message>
        <source>%1: %2 rows are kept without the link to the customer.</source>
        <translation>%1: %2 rader beholdes uten koblingen til kunden.</translation>
    </message>
    <message>
        <source>Removed %1 rows about the customer from %2 rejects files.</source>
        <translation>Fjernet %1 rader om kunden fra %2 feilfiler.</translation>
    </message>
    <message>
        <source>Not found (moved or deleted?), so not checked: %1</source>
        <translation>Ikke funnet (flyttet eller slettet?), så ikke kontrollert: %1</translation>
    </message>
    <message>
        <source>Another program is reading the database: the old pages leave its log when that program closes it.</source>
        <translation>Et annet program leser databasen: de gamle sidene forsvinner fra loggen når det programmet lukker den.</translation>
    </message>
    <message>
        <source>use: import interactions FILE</source>
        <translation>bruk: import interactions FILE</translation>
    </message>
    <message>
        <source>use: export interactions FILE</source>
        <translation>bruk: export interactions FILE</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from er etter --to.</translation>
    </message>
    <message>
        <source>--purpose belongs to the export marketing command.</source>
        <translation>--purpose hører til kommandoen export marketing.</translation>
    </message>
    <message>
        <source>use: export marketing --purpose P FILE</source>
        <translation>bruk: export marketing --purpose P FILE</translation>
    </message>
    <message>
        <source>use: privacy export-subject ID FILE</source>
        <translation>bruk: privacy export-subject ID FILE</translation>
    </message>
    <message>
        <source>use: privacy erase ID</source>
        <translation>bruk: privacy erase ID</translation>
    </message>
    <message>
        <source>use: privacy export-subject ID FILE, or privacy erase ID</source>
        <translation>bruk: privacy export-subject ID FILE eller privacy erase ID</translation>
    </message>
    <message>
        <source>--interactions takes a whole number from 0 to %1 times the customers, and at most %2.</source>
        <translation>--interactions krever et heltall fra 0 til %1 ganger antall kunder, og høyst %2.</translation>
    </message>
    <message>
        <source>Usage: relatio-cli [--db PATH] [--lang en|nl|nb] report maturity [--unit NAME] [--json]

Prints the CRM maturity view: the five phases with their criteria (met, not met or not
measured), the phase reached by the latest self-assessment of the unit, the evidence from
the CRM&apos;s data with values and thresholds, what blocks the next phase and the next steps.
Without --unit: the evidence alone. --json prints one JSON object with the same content.
</source>
        <translation>Bruk: relatio-cli [--db PATH] [--lang en|nl|nb] report maturity [--unit NAME] [--json]

Viser CRM-modenheten: de fem fasene med kriteriene sine (oppfylt, ikke oppfylt eller ikke
målt), fasen som enhetens siste egenvurdering når, belegget fra CRM-dataene med verdier og
terskler, hva som hindrer neste fase, og de neste stegene.
Uten --unit: bare belegget. --json skriver ut ett JSON-objekt med det samme innholdet.
</translation>
    </message>
    <message>
        <source>use: report maturity [--unit NAME] [--json]</source>
        <translation>bruk: report maturity [--unit NAME] [--json]</translation>
    </message>
    <message>
        <source>--unit needs the NAME of an organisation unit.</source>
        <translation>--unit krever navnet (NAME) på en organisasjonsenhet.</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;: there are no organisation units yet.</source>
        <translation>ukjent enhet &apos;%1&apos;: det finnes ingen organisasjonsenheter ennå.</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos; (units: %2).</source>
        <translation>ukjent enhet &apos;%1&apos; (enheter: %2).</translation>
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
        <translation>Bruk: relatio-cli [--db PATH] [--lang en|nl|nb] value fit [--calibration-end DATE]
                  [--unit week|day|month] [--currency CODE] [--json]
      relatio-cli [--db PATH] [--lang en|nl|nb] value clv [--months N] [--discount R]
                  [--calibration-end DATE] [--unit week|day|month] [--currency CODE]
                  [--output FILE]

  value fit   tilpasser modellene BG/NBD (kjøp, P(alive)) og Gamma-Gamma (beløp) med
              sannsynlighetsmaksimering til kjøpene fram til kalibreringsslutt (standard:
              siste kjøpsdag), talt i uker (standard), dager eller måneder; kjøp samme
              dag teller som ett. Skriver ut parameterne, log-likelihood-verdiene,
              kundene og kjøpene, og lagrer analysen med RFM-segmentene
  value clv   samme analyse, deretter per kunde: Relatio-ID, ekstern ID, navn, segment,
              P(alive), forventede kjøp og forventet beløp per kjøp over horisonten
              (--months, standard 12), og CLV diskontert med --discount per måned
              (standard 0.01); en tabell, eller CSV skrevet til --output FILE

  --currency CODE   analyser kjøpene i denne valutaen (standard: den vanligste)
</translation>
    </message>
    <message>
        <source>relatio-cli: note: %1 purchases in other currencies (%2) were left out; use --currency to analyse them.</source>
        <translation>relatio-cli: merk: %1 kjøp i andre valutaer (%2) ble utelatt; bruk --currency for å analysere dem.</translation>
    </message>
    <message>
        <source>relatio-cli: note: %1 purchases after the calibration end were left out.</source>
        <translation>relatio-cli: merk: %1 kjøp etter kalibreringsslutt ble utelatt.</translation>
    </message>
    <message>
        <source>relatio-cli: warning: %1</source>
        <translation>relatio-cli: advarsel: %1</translation>
    </message>
    <message>
        <source>Calibration end:  %1, in %2</source>
        <translation>Kalibreringsslutt: %1, i %2</translation>
    </message>
    <message>
        <source>Currency:         %1</source>
        <translation>Valuta:            %1</translation>
    </message>
    <message>
        <source>Customers:        %1</source>
        <translation>Kunder:            %1</translation>
    </message>
    <message>
        <source>Purchases:        %1 (%2 purchase days)</source>
        <translation>Kjøp:              %1 (%2 kjøpsdager)</translation>
    </message>
    <message>
        <source>BG/NBD (purchases and P(alive)):</source>
        <translation>BG/NBD (kjøp og P(alive)):</translation>
    </message>
    <message>
        <source>  log-likelihood = %1</source>
        <translation>  log-likelihood = %1</translation>
    </message>
    <message>
        <source>BG/NBD (purchases and P(alive)): not fitted</source>
        <translation>BG/NBD (kjøp og P(alive)): ikke tilpasset</translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend per purchase), %1 customers with repeat purchases:</source>
        <translation>Gamma-Gamma (beløp per kjøp), %1 kunder med gjentatte kjøp:</translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend per purchase): not fitted</source>
        <translation>Gamma-Gamma (beløp per kjøp): ikke tilpasset</translation>
    </message>
    <message>
        <source>Stored as the current value analysis.</source>
        <translation>Lagret som gjeldende verdianalyse.</translation>
    </message>
    <message>
        <source>Reading the customer values</source>
        <translation>Lesing av kundeverdiene</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>kan ikke skrive filen: %1</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 (horizon %3 months, monthly discount %4, currency %5).</source>
        <translation>Skrev %1 kunder til %2 (horisont %3 måneder, månedlig diskonteringsrente %4, valuta %5).</translation>
    </message>
    <message>
        <source>CLV over %1 months, monthly discount %2, in %3; calibration end %4.</source>
        <translation>CLV over %1 måneder, månedlig diskonteringsrente %2, i %3; kalibreringsslutt %4.</translation>
    </message>
    <message>
        <source>Relatio id</source>
        <translation>Relatio-ID</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Ekstern ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Forv. kjøp</translation>
    </message>
    <message>
        <source>Exp. spend</source>
        <translation>Forv. beløp</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>use: value fit [options], or value clv [options] (see value --help).</source>
        <translation>bruk: value fit [options] eller value clv [options] (se value --help).</translation>
    </message>
    <message>
        <source>--months, --discount and --output belong to value clv.</source>
        <translation>--months, --discount og --output hører til value clv.</translation>
    </message>
    <message>
        <source>--json belongs to value fit.</source>
        <translation>--json hører til value fit.</translation>
    </message>
    <message>
        <source>--calibration-end takes a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--calibration-end krever en dato på formen YYYY-MM-DD, ikke &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--unit takes week, day or month.</source>
        <translation>--unit tar week, day eller month.</translation>
    </message>
    <message>
        <source>--currency needs a currency code, such as EUR.</source>
        <translation>--currency krever en valutakode, for eksempel EUR.</translation>
    </message>
    <message>
        <source>--months takes a whole number from 1 to 1200.</source>
        <translation>--months krever et heltall fra 1 til 1200.</translation>
    </message>
    <message>
        <source>--discount takes a monthly rate from 0 to 1, such as 0.01 for 1%.</source>
        <translation>--discount krever en månedlig rente fra 0 til 1, for eksempel 0.01 for 1 %.</translation>
    </message>
    <message>
        <source>--output needs a FILE.</source>
        <translation>--output krever en FILE.</translation>
    </message>
    <message>
        <source>No orders yet: the database holds no purchases to analyse.</source>
        <translation>Ingen ordrer ennå: databasen inneholder ingen kjøp å analysere.</translation>
    </message>
    <message>
        <source>1 product named in the file was added.</source>
        <translation>1 produkt som er nevnt i filen, ble lagt til.</translation>
    </message>
    <message>
        <source>%1 products named in the file were added.</source>
        <translation>%1 produkter som er nevnt i filen, ble lagt til.</translation>
    </message>
    <message>
        <source>Exported 1 order line to %1.</source>
        <translation>Eksporterte 1 ordrelinje til %1.</translation>
    </message>
    <message>
        <source>Exported %1 order lines to %2.</source>
        <translation>Eksporterte %1 ordrelinjer til %2.</translation>
    </message>
    <message>
        <source>--customers, --interactions, --orders and --seed belong to the demo command.</source>
        <translation>--customers, --interactions, --orders og --seed hører til kommandoen demo.</translation>
    </message>
    <message>
        <source>--from, --to and --customer belong to the export interactions and export orders commands.</source>
        <translation>--from, --to og --customer hører til kommandoene export interactions og export orders.</translation>
    </message>
    <message>
        <source>use: import orders FILE</source>
        <translation>bruk: import orders FILE</translation>
    </message>
    <message>
        <source>use: export orders FILE</source>
        <translation>bruk: export orders FILE</translation>
    </message>
    <message>
        <source>--orders takes a whole number from 0 to %1 times the customers, and at most %2.</source>
        <translation>--orders krever et heltall fra 0 til %1 ganger antall kunder, og høyst %2.</translation>
    </message>
    <message>
        <source>Wrote %1 demo customers, %2 interactions, %3 follow-ups and %4 order lines to %5 in %6 s.</source>
        <translation>Skrev %1 demokunder, %2 kontakter, %3 oppfølginger og %4 ordrelinjer til %5 på %6 s.</translation>
    </message>
    <message>
        <source>Analysing customer value: %1 (%2%)</source>
        <translation>Analyserer kundeverdi: %1 (%2 %)</translation>
    </message>
    <message>
        <source>The demo data is written, but the value analysis failed: %1</source>
        <translation>Demodataene er skrevet, men verdianalysen mislyktes: %1</translation>
    </message>
    <message>
        <source>Run `relatio-cli value fit` to try again.</source>
        <translation>Kjør `relatio-cli value fit` for å prøve igjen.</translation>
    </message>
    <message>
        <source>Analysed the value of %1 customers with orders (segments, lifetime value, products bought together) in %2 s.</source>
        <translation>Analyserte verdien av %1 kunder med ordrer (segmenter, kundeverdi, produkter kjøpt sammen) på %2 s.</translation>
    </message>
    <message>
        <source>%1 takes no further arguments (see %1 --help).</source>
        <translation>%1 tar ingen flere argumenter (se %1 --help).</translation>
    </message>
    <message>
        <source>%1 needs the team server: --server postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 trenger teamserveren: --server postgresql://BRUKER@VERT:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>--save-password keeps the password given with --password-stdin.</source>
        <translation>--save-password tar vare på passordet som ble gitt med --password-stdin.</translation>
    </message>
    <message>
        <source>relatio-cli: note: the connection to %1 is not encrypted; add ?sslmode=verify-full to the address to require TLS.</source>
        <translation>relatio-cli: merk: forbindelsen til %1 er ikke kryptert; legg ?sslmode=verify-full til adressen for å kreve TLS.</translation>
    </message>
    <message>
        <source>Created the team database on %1.</source>
        <translation>Teamdatabasen på %1 er opprettet.</translation>
    </message>
    <message>
        <source>The team database on %1 is ready; nothing to change.</source>
        <translation>Teamdatabasen på %1 er klar; ingenting å endre.</translation>
    </message>
    <message>
        <source>The team database already holds %1 customers: the first content is uploaded only into an empty one. Use sync to exchange changes with it.</source>
        <translation>Teamdatabasen har allerede %1 kunder: første innhold lastes bare opp til en tom database. Bruk sync for å utveksle endringer med den.</translation>
    </message>
    <message>
        <source>use: --server URL init, or sync --server URL (see sync --help).</source>
        <translation>bruk: --server URL init, eller sync --server URL (se sync --help).</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leser %1</translation>
    </message>
    <message>
        <source>%1 syncs with another team database; it cannot sync with %2 too.</source>
        <translation>%1 synkroniserer med en annen teamdatabase; den kan ikke også synkronisere med %2.</translation>
    </message>
    <message>
        <source>Syncing: %1 records</source>
        <translation>Synkroniserer: %1 poster</translation>
    </message>
    <message>
        <source>sent %1, received %2, conflicts %3</source>
        <translation>sendt %1, mottatt %2, konflikter %3</translation>
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
        <translation>Bruk: relatio-cli --server URL [--lang en|nl|nb] init [--db PATH] [--password-stdin]
      relatio-cli [--db PATH] [--lang en|nl|nb] sync --server URL [--password-stdin]
                  [--save-password] [--subset owner=NAVN|tag=NAVN|country=KODE|all]...

  init   opprett skjemaet til teamdatabasen på PostgreSQL-serveren (alt eller ingenting;
         ingenting å gjøre når det finnes). Med --db lastes den databasen opp som første
         innhold, hvis teamdatabasen ikke har kunder ennå
  sync   utveksle endringer med teamdatabasen begge veier: det som ble endret der kommer
         inn, det som ble endret her går ut; viser &apos;sent N, received N, conflicts N&apos; på
         det valgte språket

  URL               postgresql://BRUKER@VERT[:PORT]/DATABASE[?sslmode=MODUS&amp;sslrootcert=FIL
                    &amp;connect_timeout=SEKUNDER]; uten passord i den
  --password-stdin  les passordet fra første linje på standard inn
  --save-password   ta vare på passordet i systemets nøkkelring til neste gang
  --subset          behold bare noen kunder på denne datamaskinen: de til et teammedlem,
                    med et stikkord eller i et land (gjenta for flere: hvilken som helst av
                    dem), hver med organisasjon, kontakter, ordrer og samtykker; &apos;all&apos;
                    beholder alle kundene igjen. Huskes til de neste synkroniseringene

Ellers hentes passordet fra systemets nøkkelring, deretter etter PostgreSQLs egne regler
(~/.pgpass, PGPASSWORD).
</translation>
    </message>
    <message>
        <source>--subset is for sync: it says which customers this computer keeps.</source>
        <translation>--subset hører til sync: det sier hvilke kunder denne datamaskinen beholder.</translation>
    </message>
    <message>
        <source>relatio-cli: note: this computer keeps %1 from now on.</source>
        <translation>relatio-cli: merk: denne datamaskinen beholder %1 fra nå av.</translation>
    </message>
    <message>
        <source>relatio-cli: note: %1</source>
        <translation>relatio-cli: merk: %1</translation>
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
        <translation>Bruk: relatio-cli [--db PATH] [--lang en|nl|nb] COMMAND [options]

Kommandoer:
  demo --customers N [--interactions M] [--orders K] [--seed S]
                                  skriver N demokunder (nederlandske, belgiske, norske) til en
                                  tom database, med M kontakter i de to årene før
                                  1. november 2026 (standard: 4 per kunde) og oppfølginger,
                                  og K ordrelinjer i de samme årene fra en katalog med 40
                                  produkter (standard: 3 per kunde; høyst 10 per kunde og
                                  100 millioner); samme seed gir samme data. Med ordrer
                                  kjøres verdianalysen (value fit) etterpå
  info                            viser databasefilen, skjemaversjonen og antall poster
  backup FILE                     skriver en konsistent kopi av databasen til FILE
  inspect FILE [--json] [--delimiter C] [--encoding NAME]
                                  viser hvordan en CSV-fil leses: tegnkoding og skilletegn,
                                  deretter postene som en JSON-matrise med objekter der
                                  nøklene kommer fra overskriftsraden; --json skriver ut ett
                                  JSON-objekt med alt dette
  import customers FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                        [--dry-run] [--rejects FILE]
                                  importerer kunder fra en CSV-fil i én transaksjon; en rad
                                  som samsvarer med en post (Relatio-ID, ekstern ID, deretter
                                  e-post), hoppes over (standard), oppdateres eller opprettes
                                  likevel. Rader med feil stopper importen, med mindre
                                  --rejects angir en fil for dem: da importeres de gode
                                  radene. --dry-run kontrollerer bare
  export customers FILE [--delimiter C] [--bom]
                                  eksporterer alle kunder som en standard kundefil; --bom
                                  merker den som UTF-8 for Excel
  import interactions FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                           [--dry-run] [--rejects FILE]
                                  importerer kontakter med kunder i én transaksjon. Kolonner:
                                  uuid, customer_uuid, customer_external_id, customer_email,
                                  occurred_at, channel, direction, kind, subject, notes,
                                  handled_by, csat, nps, taken_by, taken_at, resolved_at (eller
                                  navnene deres på nederlandsk eller norsk; alle andre kolonner
                                  er en feil). Kunden til en rad finnes via ekstern ID, ellers
                                  primær e-post, ellers Relatio-ID; en kunde som ikke finnes
                                  eller er delt, er en feil. occurred_at er ISO 8601 (et
                                  klokkeslett uten sone er lokal tid) eller en dato som
                                  1-3-2024; channel en kode (phone, email, web, chat, social,
                                  visit, post, app) eller navnet på en kanal; direction in
                                  eller out (standard in); kind question, complaint, order,
                                  feedback, self_service eller other (standard); csat 1-5;
                                  nps 0-10; ukjente teammedlemmer i handled_by og taken_by
                                  legges til. En rad med en lagret uuid hoppes over (standard),
                                  oppdateres eller opprettes likevel med ny uuid. --dry-run og
                                  --rejects virker som for kunder
  export interactions FILE [--delimiter C] [--bom] [--from DATE] [--to DATE] [--customer KEY]
                                  eksporterer alle kontakter i disse kolonnene, med kundens
                                  Relatio-ID, eksterne ID og e-post, slik at filen kan
                                  importeres igjen; --from og --to tar med kontaktene fra
                                  disse dagene (begge inkludert), --customer kontaktene til
                                  én kunde (via ekstern ID, e-post eller Relatio-ID)
  import orders FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                     [--dry-run] [--rejects FILE]
                                  importerer ordrelinjer i én transaksjon. Kolonner: uuid,
                                  order_id, customer_uuid, customer_external_id, customer_email,
                                  ordered_on, amount, currency, quantity, channel, product_sku,
                                  product, category (eller navnene deres på nederlandsk eller
                                  norsk). Kunder finnes som for kontakter. amount som 12.50,
                                  12,50, 1.234,56 eller 1,234.56 (negativt for en refusjon;
                                  1.234 alene er tvetydig og en feil); currency en ISO
                                  4217-kode, tom for produktets valuta eller valutaen i kundens
                                  land; quantity et heltall (standard 1); produkter som ikke er
                                  lagret ennå, legges til. En rad med en lagret uuid, eller
                                  ellers order_id og product, hoppes over (standard),
                                  oppdateres eller opprettes likevel. --dry-run og --rejects
                                  virker som for kunder
  export orders FILE [--delimiter C] [--bom] [--from DATE] [--to DATE] [--customer KEY]
                                  eksporterer alle ordrelinjer i disse kolonnene, slik at filen
                                  kan importeres igjen; --from og --to tar med ordrene fra
                                  disse dagene (begge inkludert), --customer ordrene til én
                                  kunde
  export marketing --purpose P FILE [--delimiter C] [--bom]
                                  eksporterer utsendelses- eller ringelisten for et
                                  samtykkeformål (via kode: newsletter, email_marketing, phone,
                                  post, profiling; eller via navn): kunder som ikke er slettet
                                  og har et gjeldende samtykke, med bekreftet e-postadresse der
                                  formålet krever det. Hver eksport logges (hvem, når, formål,
                                  hvor mange)
  privacy export-subject ID FILE  skriver alt som er lagret om en kunde (via rad-ID eller
                                  Relatio-ID): FILE som JSON og ved siden av et lesbart
                                  .html-dokument (FILE som slutter på .html: dokumentet, og
                                  JSON ved siden av)
  privacy erase ID                sletter en kunde permanent overalt: alle tabeller,
                                  søkeindeksen, databasefilens ledige sider og logg, og
                                  feilfilene fra importer; bare en slettemarkør med
                                  Relatio-ID-en blir igjen. Dette kan ikke angres
  report maturity [--unit NAME] [--json]
                                  CRM-modenheten: de fem fasene med kriteriene sine (oppfylt,
                                  ikke oppfylt, ikke målt), fasen som enhetens siste
                                  egenvurdering når, belegget fra CRM-dataene med verdi og
                                  terskel, hva som hindrer neste fase, og de neste stegene;
                                  uten --unit bare belegget. En ukjent enhet er en feil
                                  (exit 1)
  value fit [--calibration-end DATE] [--unit week|day|month] [--currency CODE] [--json]
                                  tilpasser modellene BG/NBD og Gamma-Gamma til kjøpene (kjøp
                                  samme dag teller som ett; kalibreringsslutt som standard:
                                  siste kjøpsdag; enhet som standard: week), beregner
                                  RFM-segmentene og lagrer analysen; skriver ut parameterne,
                                  log-likelihood-verdiene, kundene og kjøpene
  value clv [--months N] [--discount R] [--calibration-end DATE] [--unit U] [--output FILE]
                                  det samme, deretter per kunde (Relatio-ID, ekstern ID, navn,
                                  segment) P(alive), forventede kjøp og beløp, og CLV over N
                                  måneder (standard 12) diskontert med R per måned (standard
                                  0.01); en tabell, eller CSV til FILE
  --server URL init [--db PATH]   opprett teamdatabasen på en PostgreSQL-server (URL:
                                  postgresql://BRUKER@VERT:PORT/DB[?sslmode=…]); med --db
                                  lastes den databasen opp som første innhold
  sync --server URL [--password-stdin] [--save-password]
                                  utveksle endringer med teamdatabasen begge veier; viser
                                  sendt, mottatt og konflikter (avslutningskode 0), eller
                                  feilen (avslutningskode 1); --subset
                                  owner=NAVN|tag=NAVN|country=KODE|all beholder bare noen
                                  kunder her (se sync --help)

Valg:
  --db PATH      databasefilen (standard: %1)
  --lang L       språk for meldinger: en, nl eller nb
  -h, --help     viser denne hjelpen
  -v, --version  viser versjonen

Avslutningskoder: 0 vellykket, 1 feil (for import: inndataene hadde feil; hver av dem skrives
ut som FILE:LINE:COLUMN: melding), 2 bruksfeil.
</translation>
    </message>
    <message>
        <source>--server needs the team database&apos;s URL: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>--server trenger teamdatabasens URL: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Give --db or --server, not both.</source>
        <translation>Oppgi --db eller --server, ikke begge.</translation>
    </message>
    <message>
        <source>--password-stdin gives the password of the team database named with --server.</source>
        <translation>--password-stdin gir passordet til teamdatabasen som er angitt med --server.</translation>
    </message>
    <message>
        <source>%1 works on a Relatio file, not yet on a team database: give --db PATH (a file that syncs with the team database) instead of --server.</source>
        <translation>%1 arbeider i en Relatio-fil, ennå ikke i en teamdatabase: oppgi --db PATH (en fil som synkroniserer med teamdatabasen) i stedet for --server.</translation>
    </message>
    <message>
        <source>Syncing with the team database</source>
        <translation>Synkroniserer med teamdatabasen</translation>
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
Teamdatabase: med --server URL (postgresql://BRUKER@VERT[:PORT]/DB[?sslmode=…]) i stedet for
--db virker info, demo, report maturity, export customers|interactions|orders|marketing, privacy
export-subject og privacy erase på selve teamdatabasen (en sletting der når hver bærbar ved neste
synkronisering). import customers|interactions|orders og value fit|clv virker på denne
datamaskinens kopi av teamdatabasen (i mappen RELATIO_TEAM_COPIES angir, ellers i team-copies i
datamappen): en synkronisering oppdaterer den først; en import sendes så med en ny synkronisering
(avslutningskode 1 når den mislykkes: importen venter da i kopien på den neste). --password-stdin
leser passordet fra første linje på standard inn (ellers systemets nøkkelring, så ~/.pgpass eller
PGPASSWORD). De andre kommandoene virker på en Relatio-fil.
</translation>
    </message>
    <message>
        <source>Bringing this computer&apos;s copy of the team database up to date: %1 records</source>
        <translation>Oppdaterer denne datamaskinens kopi av teamdatabasen: %1 poster</translation>
    </message>
    <message>
        <source>Upgraded the team database on %1 to schema version %2.</source>
        <translation>Teamdatabasen på %1 er oppgradert til skjemaversjon %2.</translation>
    </message>
</context>
<context>
    <name>Clv</name>
    <message>
        <source>The horizon must be between 0 and 1200 months.</source>
        <translation>Horisonten må være mellom 0 og 1200 måneder.</translation>
    </message>
    <message>
        <source>The monthly discount rate must be above -100%.</source>
        <translation>Den månedlige diskonteringsrenten må være over -100 %.</translation>
    </message>
    <message>
        <source>The margin must be a number.</source>
        <translation>Marginen må være et tall.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
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
        <translation>Telling av produkter som kjøpes sammen</translation>
    </message>
    <message>
        <source>Reading the purchases</source>
        <translation>Lesing av kjøpene</translation>
    </message>
    <message>
        <source>Counting the products bought together was cancelled.</source>
        <translation>Tellingen av produkter som kjøpes sammen, ble avbrutt.</translation>
    </message>
    <message>
        <source>Purchase of customer %1 names product id %2, beyond what the co-purchase counts hold (1 to %3).</source>
        <translation>Kjøp for kunde %1 angir produkt-ID %2, utenfor det samkjøpstellingene omfatter (1 til %3).</translation>
    </message>
    <message>
        <source>Clearing the old co-purchase counts</source>
        <translation>Sletting av de gamle samkjøpstellingene</translation>
    </message>
    <message>
        <source>Writing the co-purchase counts</source>
        <translation>Skriving av samkjøpstellingene</translation>
    </message>
    <message>
        <source>Reading the products</source>
        <translation>Lesing av produktene</translation>
    </message>
    <message>
        <source>Reading the products bought together</source>
        <translation>Lesing av produkter som kjøpes sammen</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s purchases</source>
        <translation>Lesing av kundens kjøp</translation>
    </message>
    <message>
        <source>Reading the co-purchase counts</source>
        <translation>Lesing av samkjøpstellingene</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Organisation name</source>
        <translation>Organisasjonsnavn</translation>
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
        <source>Street</source>
        <translation>Gate</translation>
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
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Ekstern id</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>ikke slettet</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>deleted on %1</source>
        <translation>slettet %1</translation>
    </message>
    <message>
        <source>(a record not here)</source>
        <translation>(en post som ikke finnes her)</translation>
    </message>
    <message>
        <source>Reading the conflict list</source>
        <translation>Leser konfliktlisten</translation>
    </message>
    <message>
        <source>Answering a conflict</source>
        <translation>Besvarer en konflikt</translation>
    </message>
    <message>
        <source>The conflict is no longer listed.</source>
        <translation>Konflikten står ikke lenger i listen.</translation>
    </message>
    <message>
        <source>The customer of this conflict is not here.</source>
        <translation>Kunden i denne konflikten finnes ikke her.</translation>
    </message>
    <message>
        <source>That team member is not here.</source>
        <translation>Det teammedlemmet finnes ikke her.</translation>
    </message>
    <message>
        <source>That organisation is not here.</source>
        <translation>Den organisasjonen finnes ikke her.</translation>
    </message>
    <message>
        <source>The field %1 cannot be set back here.</source>
        <translation>Feltet %1 kan ikke settes tilbake her.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Behandlet av</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Tilfredshet (1-5)</translation>
    </message>
    <message>
        <source>Would recommend (0-10)</source>
        <translation>Ville anbefale (0-10)</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Tatt av</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Tatt den</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>ikke løst</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>ikke utført</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Contact “%1”</source>
        <translation>Kontakt «%1»</translation>
    </message>
    <message>
        <source>Follow-up “%1”</source>
        <translation>Oppfølging «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What the overwritten value names is not here.</source>
        <translation>Det den overskrevne verdien viser til, finnes ikke her.</translation>
    </message>
    <message>
        <source>The record of this conflict is not here.</source>
        <translation>Posten for denne konflikten finnes ikke her.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Place in the list</source>
        <translation>Plass i listen</translation>
    </message>
    <message>
        <source>Social medium</source>
        <translation>Sosialt medium</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Tatt ut av bruk</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Double opt-in</source>
        <translation>Dobbel opt-in</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Motives</source>
        <translation>Motiver</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Foretrukne kanaler</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurdert av</translation>
    </message>
    <message>
        <source>Score (0-5)</source>
        <translation>Poeng (0-5)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Varenummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>List price (cents)</source>
        <translation>Listepris (øre)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Amount (cents)</source>
        <translation>Beløp (øre)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Unit “%1”</source>
        <translation>Enhet «%1»</translation>
    </message>
    <message>
        <source>Persona “%1”</source>
        <translation>Persona «%1»</translation>
    </message>
    <message>
        <source>A rule of persona “%1”</source>
        <translation>En regel for persona «%1»</translation>
    </message>
    <message>
        <source>Assessment of %1 on %2</source>
        <translation>Vurdering av %1 %2</translation>
    </message>
    <message>
        <source>Assessment of %1 on %2,
“%3”</source>
        <translation>Vurdering av %1 %2,
«%3»</translation>
    </message>
    <message>
        <source>Order of %1 on %2</source>
        <translation>Bestilling fra %1 %2</translation>
    </message>
    <message>
        <source>Team member “%1”</source>
        <translation>Teammedlem «%1»</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Stikkord «%1»</translation>
    </message>
    <message>
        <source>Channel “%1”</source>
        <translation>Kanal «%1»</translation>
    </message>
    <message>
        <source>Product “%1”</source>
        <translation>Produkt «%1»</translation>
    </message>
    <message>
        <source>Consent purpose “%1”</source>
        <translation>Samtykkeformål «%1»</translation>
    </message>
    <message>
        <source>A record not here (%1)</source>
        <translation>En post som ikke finnes her (%1)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ikke kjent</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>i bruk</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>denne datamaskinen</translation>
    </message>
    <message>
        <source>the team database</source>
        <translation>teamdatabasen</translation>
    </message>
    <message>
        <source>another computer (%1)</source>
        <translation>en annen datamaskin (%1)</translation>
    </message>
    <message>
        <source>Another tag is called “%1” now. Rename or remove that tag first, then put this name back.</source>
        <translation>Et annet stikkord heter nå «%1». Gi det stikkordet et nytt navn eller fjern det først, og sett så dette navnet tilbake.</translation>
    </message>
    <message>
        <source>Another product has the SKU “%1” now. Change that product&apos;s SKU first, then put this one back.</source>
        <translation>Et annet produkt har nå SKU-en «%1». Endre SKU-en til det produktet først, og sett så denne tilbake.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Permission given</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <source>Address confirmed</source>
        <translation>Adresse bekreftet</translation>
    </message>
    <message>
        <source>Permission withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Nettskjema</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtale</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>I skranken</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>No contact (use of data)</source>
        <translation>Ingen kontakt (bruk av data)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Ikke spurt</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Venter på bekreftelse</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versjon %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsentPurpose</name>
    <message>
        <source>E-mail newsletter</source>
        <translation>Nyhetsbrev på e-post</translation>
    </message>
    <message>
        <source>Other e-mail marketing</source>
        <translation>Annen markedsføring på e-post</translation>
    </message>
    <message>
        <source>Phone marketing</source>
        <translation>Telefonmarkedsføring</translation>
    </message>
    <message>
        <source>Marketing by post</source>
        <translation>Markedsføring per post</translation>
    </message>
    <message>
        <source>Profiling and personalisation</source>
        <translation>Profilering og tilpasning</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>Reading the consent purposes</source>
        <translation>Lesing av samtykkeformålene</translation>
    </message>
    <message>
        <source>Consent purpose %1 does not exist.</source>
        <translation>Samtykkeformål %1 finnes ikke.</translation>
    </message>
    <message>
        <source>There is no consent purpose &quot;%1&quot; (known: %2).</source>
        <translation>Det finnes ikke noe samtykkeformål «%1» (kjente: %2).</translation>
    </message>
    <message>
        <source>A consent purpose needs a name.</source>
        <translation>Et samtykkeformål må ha et navn.</translation>
    </message>
    <message>
        <source>Saving consent purpose %1</source>
        <translation>Lagring av samtykkeformål %1</translation>
    </message>
    <message>
        <source>Renaming consent purpose %1</source>
        <translation>Endring av navn på samtykkeformål %1</translation>
    </message>
    <message>
        <source>Reading the consent texts</source>
        <translation>Lesing av samtykketekstene</translation>
    </message>
    <message>
        <source>Consent text %1 does not exist.</source>
        <translation>Samtykketekst %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The wording of a consent text cannot be empty.</source>
        <translation>Ordlyden i en samtykketekst kan ikke være tom.</translation>
    </message>
    <message>
        <source>Saving the consent text</source>
        <translation>Lagring av samtykketeksten</translation>
    </message>
    <message>
        <source>Reading the consents of customer %1</source>
        <translation>Lesing av samtykkene til kunde %1</translation>
    </message>
    <message>
        <source>The time of a consent entry cannot be in the future.</source>
        <translation>Tidspunktet for en samtykkeoppføring kan ikke være i fremtiden.</translation>
    </message>
    <message>
        <source>Recording the consent</source>
        <translation>Registrering av samtykket</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Kunde %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Customer %1 is deleted: restore it before recording a permission.</source>
        <translation>Kunde %1 er slettet: gjenopprett kunden før du registrerer et samtykke.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is no longer in use.</source>
        <translation>Formålet «%1» er ikke lenger i bruk.</translation>
    </message>
    <message>
        <source>A permission must name the wording that was shown.</source>
        <translation>Et samtykke må angi ordlyden som ble vist.</translation>
    </message>
    <message>
        <source>The chosen wording belongs to another purpose.</source>
        <translation>Den valgte ordlyden hører til et annet formål.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; does not ask for a confirmation.</source>
        <translation>Formålet «%1» krever ingen bekreftelse.</translation>
    </message>
    <message>
        <source>There is no permission for &quot;%1&quot; waiting for confirmation.</source>
        <translation>Det finnes ikke noe samtykke for «%1» som venter på bekreftelse.</translation>
    </message>
    <message>
        <source>The confirmation cannot come before the permission it confirms.</source>
        <translation>Bekreftelsen kan ikke komme før samtykket den bekrefter.</translation>
    </message>
</context>
<context>
    <name>CostEntryRepository</name>
    <message>
        <source>Reading the costs</source>
        <translation>Lesing av kostnadene</translation>
    </message>
    <message>
        <source>Reading the cost</source>
        <translation>Lesing av kostnaden</translation>
    </message>
    <message>
        <source>The cost entry no longer exists.</source>
        <translation>Kostnadsoppføringen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Oppgi første og siste dag i perioden.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutter (%1) før den begynner (%2).</translation>
    </message>
    <message>
        <source>A segment is 0 (all segments) to 10, not %1.</source>
        <translation>Et segment er fra 0 (alle segmenter) til 10, ikke %1.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>En kostnad kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO code such as EUR, not “%1”.</source>
        <translation>En valuta er en ISO-kode på tre bokstaver, for eksempel EUR, ikke «%1».</translation>
    </message>
    <message>
        <source>Checking the cost</source>
        <translation>Kontroll av kostnaden</translation>
    </message>
    <message>
        <source>The channel no longer exists.</source>
        <translation>Kanalen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Adding the cost</source>
        <translation>Oppretting av kostnaden</translation>
    </message>
    <message>
        <source>Saving the cost</source>
        <translation>Lagring av kostnaden</translation>
    </message>
    <message>
        <source>Deleting the cost</source>
        <translation>Sletting av kostnaden</translation>
    </message>
    <message>
        <source>Restoring the cost</source>
        <translation>Gjenoppretting av kostnaden</translation>
    </message>
    <message>
        <source>The cost entry is not deleted.</source>
        <translation>Kostnadsoppføringen er ikke slettet.</translation>
    </message>
    <message>
        <source>Reading the currencies</source>
        <translation>Lesing av valutaene</translation>
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
    <name>CustomerIdResolver</name>
    <message>
        <source>Value segments are worked out on each computer from the orders it holds; a team database has none to filter by.</source>
        <translation>Verdisegmenter regnes ut på hver datamaskin fra bestillingene den har; en teamdatabase har ingen å filtrere på.</translation>
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
    <message>
        <source>This customer was erased on %1; the row is not imported and not copied to the rejects file.</source>
        <translation>Denne kunden ble slettet permanent %1; raden importeres ikke og kopieres ikke til feilfilen.</translation>
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
    <name>CustomerMatcher</name>
    <message>
        <source>Two or more customers have the external id “%1”; give the customer&apos;s Relatio id (customer_uuid) to say which.</source>
        <translation>To eller flere kunder har den eksterne ID-en «%1»; oppgi kundens Relatio-ID (customer_uuid) for å angi hvilken.</translation>
    </message>
    <message>
        <source>Two or more customers have the e-mail address “%1”; give the customer&apos;s external id or Relatio id to say which.</source>
        <translation>To eller flere kunder har e-postadressen «%1»; oppgi kundens eksterne ID eller Relatio-ID for å angi hvilken.</translation>
    </message>
    <message>
        <source>The customer %1 is deleted; restore it to import its %2.</source>
        <translation>Kunden %1 er slettet; gjenopprett kunden for å importere %2.</translation>
    </message>
    <message>
        <source>external id “%1”</source>
        <translation>den eksterne ID-en «%1»</translation>
    </message>
    <message>
        <source>e-mail address “%1”</source>
        <translation>e-postadressen «%1»</translation>
    </message>
    <message>
        <source>Relatio id %1</source>
        <translation>Relatio-ID-en %1</translation>
    </message>
    <message>
        <source>No customer has the %1.</source>
        <translation>Ingen kunder har %1.</translation>
    </message>
    <message>
        <source>, or the </source>
        <comment>between the keys of a customer</comment>
        <translation>, eller </translation>
    </message>
</context>
<context>
    <name>CustomerReferences</name>
    <message>
        <source>Reading the schema</source>
        <translation>Lesing av skjemaet</translation>
    </message>
    <message>
        <source>Looking up customer %1</source>
        <translation>Oppslag av kunde %1</translation>
    </message>
    <message>
        <source>Customer %1 was erased on %2; nothing is held about them any more.</source>
        <translation>Kunde %1 ble slettet permanent %2; ingenting er lagret om kunden lenger.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Kunde %1 finnes ikke.</translation>
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
    <message>
        <source>The customer with Relatio id %1 was erased; the id cannot be used again.</source>
        <translation>Kunden med Relatio-ID %1 er slettet permanent; ID-en kan ikke brukes igjen.</translation>
    </message>
    <message>
        <source>%1 is no longer in this database (it was erased, or its creation undone, elsewhere since you opened it). Your changes were not saved.</source>
        <translation>%1 finnes ikke lenger i denne databasen (slettet permanent, eller opprettelsen angret, et annet sted siden du åpnet kunden). Endringene dine ble ikke lagret.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since you opened it, and so were fields you changed: %2.</source>
        <translation>%1 er endret et annet sted siden du åpnet kunden, også i felt du endret: %2.</translation>
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
        <translation>Det finnes ingen transaksjoner å analysere.</translation>
    </message>
    <message>
        <source>The end of the calibration period is not a valid date.</source>
        <translation>Slutten av kalibreringsperioden er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>The log has more transactions than can be analysed at once.</source>
        <translation>Loggen har flere transaksjoner enn det som kan analyseres på én gang.</translation>
    </message>
    <message>
        <source>Transaction %1 (customer %2) has no valid date.</source>
        <translation>Transaksjon %1 (kunde %2) har ingen gyldig dato.</translation>
    </message>
    <message>
        <source>Transaction %1 (customer %2) has no valid amount.</source>
        <translation>Transaksjon %1 (kunde %2) har ikke noe gyldig beløp.</translation>
    </message>
    <message>
        <source>No transaction falls on or before the end of the calibration period, %1.</source>
        <translation>Ingen transaksjoner faller på eller før slutten av kalibreringsperioden, %1.</translation>
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
    <name>CustomerValueAnalysis</name>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>All customers</source>
        <translation>Alle kunder</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Etter land</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Etter eier</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Etter stikkord</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle land</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eiere</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle stikkord</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>Kundetilfredshet (CSAT)</translation>
    </message>
    <message>
        <source>Net promoter score (NPS)</source>
        <translation>Net promoter score (NPS)</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Siste kvartal</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Siste 12 måneder</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle datoer</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
    <message>
        <source>All dates up to %1</source>
        <translation>Alle datoer til og med %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>n = %1, fewer than %2 answers</source>
        <translation>n = %1, færre enn %2 svar</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT): no answers</source>
        <translation>Kundetilfredshet (CSAT): ingen svar</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT): %1 (95% interval %2), %3 answers</source>
        <translation>Kundetilfredshet (CSAT): %1 (95 %-intervall %2), %3 svar</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT): %1, too uncertain: only %2 answers</source>
        <translation>Kundetilfredshet (CSAT): %1, for usikkert: bare %2 svar</translation>
    </message>
    <message>
        <source>Net promoter score (NPS): no answers</source>
        <translation>Net promoter score (NPS): ingen svar</translation>
    </message>
    <message>
        <source>Net promoter score (NPS): %1 (95% interval %2), %3 answers</source>
        <translation>Net promoter score (NPS): %1 (95 %-intervall %2), %3 svar</translation>
    </message>
    <message>
        <source>Net promoter score (NPS): %1, too uncertain: only %2 answers</source>
        <translation>Net promoter score (NPS): %1, for usikkert: bare %2 svar</translation>
    </message>
    <message>
        <source>Promoters %1%, detractors %2%</source>
        <translation>Ambassadører %1 %, kritikere %2 %</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Kontakter: %1</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uke %1, %2</translation>
    </message>
    <message>
        <source>By value segment</source>
        <translation>Etter verdisegment</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle segmenter</translation>
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
    <message>
        <source>%1: the team database is busy: a colleague&apos;s save or a laptop&apos;s sync is writing the same records (%2). Nothing was changed; try again in a moment.</source>
        <translation>%1: teamdatabasen er opptatt: en kollega lagrer, eller en bærbar synkroniserer og skriver de samme postene (%2). Ingenting ble endret; prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan ikke koble til %1: %2</translation>
    </message>
    <message>
        <source>%1 is a team database on a PostgreSQL server: back it up there (pg_dump).</source>
        <translation>%1 er en teamdatabase på en PostgreSQL-server: ta sikkerhetskopien der (pg_dump).</translation>
    </message>
    <message>
        <source>%1: this is done on a Relatio file, not yet on a team database. Open a Relatio file that syncs with the team database to do it there.</source>
        <translation>%1: dette gjøres i en Relatio-fil, ennå ikke i en teamdatabase. Åpne en Relatio-fil som synkroniserer med teamdatabasen for å gjøre det der.</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>Writing the demo&apos;s personas, costs, prices and maturity assessments: %1</source>
        <translation>Skriving av demoens personaer, kostnader, priser og modenhetsvurderinger: %1</translation>
    </message>
    <message>
        <source>Writing the demo setup</source>
        <translation>Skriving av demooppsettet</translation>
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
    <message>
        <source>Demo data has at most %1 interactions per customer and %2 in all.</source>
        <translation>Demodata har høyst %1 kontakter per kunde og %2 totalt.</translation>
    </message>
    <message>
        <source>Writing demo data: the channel &quot;%1&quot; is missing.</source>
        <translation>Skriving av demodata: kanalen «%1» mangler.</translation>
    </message>
    <message>
        <source>interactions of customer %1</source>
        <translation>kontakter for kunde %1</translation>
    </message>
    <message>
        <source>follow-ups of customer %1</source>
        <translation>oppfølginger for kunde %1</translation>
    </message>
    <message>
        <source>satisfaction figures</source>
        <translation>tilfredshetstall</translation>
    </message>
    <message>
        <source>Writing demo data: %1</source>
        <translation>Skriving av demodata: %1</translation>
    </message>
    <message>
        <source>Demo data has at most %1 order lines per customer and %2 in all.</source>
        <translation>Demodata har høyst %1 ordrelinjer per kunde og %2 totalt.</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produkter</translation>
    </message>
    <message>
        <source>orders of customer %1</source>
        <translation>ordrer for kunde %1</translation>
    </message>
    <message>
        <source>The demo data is written, but its setup failed: %1</source>
        <translation>Demodataene er skrevet, men oppsettet mislyktes: %1</translation>
    </message>
    <message>
        <source>Writing demo data: no temporary folder: %1</source>
        <translation>Skriving av demodata: ingen midlertidig mappe: %1</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Outgoing</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Innkommende</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Reading customer %1</source>
        <translation>Lesing av kunde %1</translation>
    </message>
    <message>
        <source>Erasing customer %1</source>
        <translation>Permanent sletting av kunde %1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Customer %1 could not be erased on the team database.</source>
        <translation>Kunde %1 kunne ikke slettes i teamdatabasen.</translation>
    </message>
</context>
<context>
    <name>EvidenceQuery</name>
    <message>
        <source>Measuring the maturity evidence</source>
        <translation>Måling av modenhetsbelegget</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 av %2 kunder</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 av %2 kontakter</translation>
    </message>
    <message>
        <source>Measuring the maturity evidence was cancelled.</source>
        <translation>Målingen av modenhetsbelegget ble avbrutt.</translation>
    </message>
    <message>
        <source>no contacts recorded in the last 12 months</source>
        <translation>ingen kontakter registrert de siste 12 månedene</translation>
    </message>
    <message>
        <source>no customers recorded</source>
        <translation>ingen kunder registrert</translation>
    </message>
    <message>
        <source>no follow-ups due in the last 12 months</source>
        <translation>ingen oppfølginger med frist de siste 12 månedene</translation>
    </message>
    <message>
        <source>%1 of %2 follow-ups</source>
        <translation>%1 av %2 oppfølginger</translation>
    </message>
    <message>
        <source>no team member belongs to an organisation unit</source>
        <translation>ingen teammedlemmer hører til en organisasjonsenhet</translation>
    </message>
    <message>
        <source>no marketing permissions recorded</source>
        <translation>ingen markedsføringssamtykker registrert</translation>
    </message>
    <message>
        <source>%1 of %2 channels</source>
        <translation>%1 av %2 kanaler</translation>
    </message>
    <message>
        <source>no NPS answers in the last 12 months</source>
        <translation>ingen NPS-svar de siste 12 månedene</translation>
    </message>
    <message>
        <source>%1 promoters, %2 detractors of %3 answers</source>
        <translation>%1 ambassadører, %2 kritikere av %3 svar</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>ikke målt ennå</translation>
    </message>
</context>
<context>
    <name>FileOnly</name>
    <message>
        <source>Done on a Relatio file, not yet on a team database: open a Relatio file that syncs with the team database (File › Open Relatio File…) to do it there.</source>
        <translation>Gjøres i en Relatio-fil, ennå ikke i en teamdatabase: åpne en Relatio-fil som synkroniserer med teamdatabasen (Fil › Åpne Relatio-fil…) for å gjøre det der.</translation>
    </message>
    <message>
        <source>%1 are worked out on a Relatio file, from the records it holds; a team database does not work them out yet.</source>
        <translation>%1 beregnes i en Relatio-fil, ut fra postene den inneholder; en teamdatabase beregner dem ikke ennå.</translation>
    </message>
    <message>
        <source>To see them, open a Relatio file that syncs with the team database: File › Open Relatio File…, then File › Sync with Team Server… brings it up to date.</source>
        <translation>For å se dem, åpne en Relatio-fil som synkroniserer med teamdatabasen: Fil › Åpne Relatio-fil…; deretter oppdaterer Fil › Synkroniser med teamserveren… den.</translation>
    </message>
    <message>
        <source>this computer&apos;s copy of the team database cannot be had: %1</source>
        <translation>denne datamaskinens kopi av teamdatabasen er ikke tilgjengelig: %1</translation>
    </message>
    <message>
        <source>%1 are worked out on this computer&apos;s copy of the team database, which cannot be had: %2</source>
        <translation>%1 beregnes på denne datamaskinens kopi av teamdatabasen, og den er ikke tilgjengelig: %2</translation>
    </message>
</context>
<context>
    <name>GammaGamma</name>
    <message>
        <source>Customer %1 has an impossible spend summary (x = %2, mean value %3).</source>
        <translation>Kunde %1 har et umulig kjøpsbeløpssammendrag (x = %2, gjennomsnittsverdi %3).</translation>
    </message>
    <message>
        <source>No customer has a repeat purchase with a value above zero, so the spend model cannot be fitted.</source>
        <translation>Ingen kunder har et gjentatt kjøp med en verdi over null, så beløpsmodellen kan ikke tilpasses.</translation>
    </message>
    <message>
        <source>The spend model did not converge on these customers; there may be too few of them, or their spend may barely vary between customers.</source>
        <translation>Beløpsmodellen konvergerte ikke for disse kundene; det kan være for få kunder, eller beløpene varierer knapt mellom kundene.</translation>
    </message>
    <message>
        <source>These customers do not determine the spend model; there may be too few of them, or they may spend too much alike.</source>
        <translation>Disse kundene bestemmer ikke beløpsmodellen; det kan være for få kunder, eller de bruker for likt.</translation>
    </message>
    <message>
        <source>Spend varies so much between customers that the spend model gives it no finite mean.</source>
        <translation>Beløpene varierer så mye mellom kundene at beløpsmodellen ikke gir noe endelig gjennomsnitt.</translation>
    </message>
</context>
<context>
    <name>HeaderRow</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Columns %1 (“%2”) and %3 (“%4”) both hold the %5; keep one of them.</source>
        <translation>Kolonnene %1 («%2») og %3 («%4») inneholder begge %5; behold én av dem.</translation>
    </message>
    <message>
        <source>The columns are: %1 (or their names in Dutch or Norwegian).</source>
        <translation>Kolonnene er: %1 (eller navnene deres på nederlandsk eller norsk).</translation>
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
    <name>InteractionCsv</name>
    <message>
        <source>Relatio id of the contact</source>
        <translation>Kontaktens Relatio-ID</translation>
    </message>
    <message>
        <source>Customer&apos;s Relatio id</source>
        <translation>Kundens Relatio-ID</translation>
    </message>
    <message>
        <source>Customer&apos;s external id</source>
        <translation>Kundens eksterne ID</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>Kundens e-post</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslett</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Behandlet av</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>Kundetilfredshet (CSAT)</translation>
    </message>
    <message>
        <source>Recommendation (NPS)</source>
        <translation>Anbefaling (NPS)</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Tatt av</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tatt den</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Løst den</translation>
    </message>
</context>
<context>
    <name>InteractionExporter</name>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Skilletegnet må være komma, semikolon eller tabulator.</translation>
    </message>
    <message>
        <source>Reading the contacts: %1</source>
        <translation>Lesing av kontaktene: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Eksporten ble avbrutt; %1 ble ikke skrevet.</translation>
    </message>
    <message>
        <source>Two or more customers have the external id “%1”; give the customer&apos;s Relatio id instead.</source>
        <translation>To eller flere kunder har den eksterne ID-en «%1»; oppgi kundens Relatio-ID i stedet.</translation>
    </message>
    <message>
        <source>Two or more customers have the e-mail address “%1”; give the customer&apos;s Relatio id instead.</source>
        <translation>To eller flere kunder har e-postadressen «%1»; oppgi kundens Relatio-ID i stedet.</translation>
    </message>
    <message>
        <source>No customer has the external id, e-mail address or Relatio id “%1”.</source>
        <translation>Ingen kunder har den eksterne ID-en, e-postadressen eller Relatio-ID-en «%1».</translation>
    </message>
    <message>
        <source>Give a date, such as 2024-03-01.</source>
        <translation>Oppgi en dato, for eksempel 2024-03-01.</translation>
    </message>
</context>
<context>
    <name>InteractionImporter</name>
    <message>
        <source>“%1” is not a Relatio id; leave it empty for a new contact.</source>
        <translation>«%1» er ikke en Relatio-ID; la feltet stå tomt for en ny kontakt.</translation>
    </message>
    <message>
        <source>“%1” is not a Relatio id.</source>
        <translation>«%1» er ikke en Relatio-ID.</translation>
    </message>
    <message>
        <source>“%1” is not a channel. The channels are: %2.</source>
        <translation>«%1» er ikke en kanal. Kanalene er: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither in nor out.</source>
        <translation>«%1» er verken in eller out.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of contact; write question, complaint, order, feedback, self_service or other.</source>
        <translation>«%1» er ikke en kontakttype; skriv question, complaint, order, feedback, self_service eller other.</translation>
    </message>
    <message>
        <source>“%1” is not a satisfaction score; write a whole number from 1 to 5, or leave it empty.</source>
        <translation>«%1» er ikke en tilfredshetsverdi; skriv et heltall fra 1 til 5, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>“%1” is not a recommendation score; write a whole number from 0 to 10, or leave it empty.</source>
        <translation>«%1» er ikke en anbefalingsverdi; skriv et heltall fra 0 til 10, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>empty; every contact needs its date and time.</source>
        <translation>tomt; hver kontakt må ha dato og klokkeslett.</translation>
    </message>
    <message>
        <source>empty; the channels are: %1.</source>
        <translation>tomt; kanalene er: %1.</translation>
    </message>
    <message>
        <source>The row names no customer: give the customer&apos;s external id, e-mail address or Relatio id.</source>
        <translation>Raden angir ingen kunde: oppgi kundens eksterne ID, e-postadresse eller Relatio-ID.</translation>
    </message>
    <message>
        <source>Importing %1: %2: %3</source>
        <translation>Importering av %1: %2: %3</translation>
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
        <source>The database is not open.</source>
        <translation>Databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importering av %1</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>lesing av teamet</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>forberedelse av importen</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>Importen av %1 ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>matching the contacts</source>
        <translation>matching av kontaktene</translation>
    </message>
    <message>
        <source>The contact %1 was deleted in Relatio; restore it first, or leave the uuid empty to add the row as a new contact.</source>
        <translation>Kontakten %1 ble slettet i Relatio; gjenopprett den først, eller la uuid stå tomt for å legge til raden som en ny kontakt.</translation>
    </message>
    <message>
        <source>Two or more customers have the external id “%1”; give the customer&apos;s Relatio id (customer_uuid) to say which.</source>
        <translation>To eller flere kunder har den eksterne ID-en «%1»; oppgi kundens Relatio-ID (customer_uuid) for å angi hvilken.</translation>
    </message>
    <message>
        <source>Two or more customers have the e-mail address “%1”; give the customer&apos;s external id or Relatio id to say which.</source>
        <translation>To eller flere kunder har e-postadressen «%1»; oppgi kundens eksterne ID eller Relatio-ID for å angi hvilken.</translation>
    </message>
    <message>
        <source>The customer %1 is deleted; restore it to import its contacts.</source>
        <translation>Kunden %1 er slettet; gjenopprett kunden for å importere kontaktene.</translation>
    </message>
    <message>
        <source>external id “%1”</source>
        <translation>den eksterne ID-en «%1»</translation>
    </message>
    <message>
        <source>e-mail address “%1”</source>
        <translation>e-postadressen «%1»</translation>
    </message>
    <message>
        <source>Relatio id %1</source>
        <translation>Relatio-ID-en %1</translation>
    </message>
    <message>
        <source>No customer has the %1.</source>
        <translation>Ingen kunder har %1.</translation>
    </message>
    <message>
        <source>, or the </source>
        <comment>between the keys of a customer</comment>
        <translation>, eller </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>updating a contact</source>
        <translation>oppdatering av en kontakt</translation>
    </message>
    <message>
        <source>The contacts were imported, but the rejects file %1 could not be written: %2</source>
        <translation>Kontaktene ble importert, men feilfilen %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>The column %1 is not one of a contacts file.</source>
        <translation>Kolonnen %1 hører ikke til en kontaktfil.</translation>
    </message>
    <message>
        <source>The columns %1 are not ones of a contacts file.</source>
        <translation>Kolonnene %1 hører ikke til en kontaktfil.</translation>
    </message>
    <message>
        <source>The file has no column for the customer: add customer_external_id, customer_email or customer_uuid.</source>
        <translation>Filen har ingen kolonne for kunden: legg til customer_external_id, customer_email eller customer_uuid.</translation>
    </message>
    <message>
        <source>The file has no occurred_at column with the date and time of each contact.</source>
        <translation>Filen har ingen occurred_at-kolonne med dato og klokkeslett for hver kontakt.</translation>
    </message>
    <message>
        <source>The file has no channel column.</source>
        <translation>Filen har ingen channel-kolonne.</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <source>Feedback or idea</source>
        <translation>Tilbakemelding eller idé</translation>
    </message>
    <message>
        <source>Self-service action</source>
        <translation>Selvbetjeningshandling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Reading the channels</source>
        <translation>Lesing av kanalene</translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <translation>En kanal må ha et navn.</translation>
    </message>
    <message>
        <source>There is already a channel named “%1”.</source>
        <translation>Det finnes allerede en kanal med navnet «%1».</translation>
    </message>
    <message>
        <source>Adding the channel</source>
        <translation>Oppretting av kanalen</translation>
    </message>
    <message>
        <source>The channel no longer exists.</source>
        <translation>Kanalen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Renaming the channel</source>
        <translation>Endring av navn på kanalen</translation>
    </message>
    <message>
        <source>Changing the channel</source>
        <translation>Endring av kanalen</translation>
    </message>
    <message>
        <source>Retiring the channel</source>
        <translation>Deaktivering av kanalen</translation>
    </message>
    <message>
        <source>Moving the channel</source>
        <translation>Flytting av kanalen</translation>
    </message>
    <message>
        <source>Choose the customer this contact was with.</source>
        <translation>Velg kunden denne kontakten var med.</translation>
    </message>
    <message>
        <source>Give the date and time of the contact.</source>
        <translation>Oppgi dato og klokkeslett for kontakten.</translation>
    </message>
    <message>
        <source>A satisfaction score (CSAT) is 1 to 5, not %1.</source>
        <translation>En tilfredshetsverdi (CSAT) er fra 1 til 5, ikke %1.</translation>
    </message>
    <message>
        <source>A recommendation answer (NPS) is 0 to 10, not %1.</source>
        <translation>Et anbefalingssvar (NPS) er fra 0 til 10, ikke %1.</translation>
    </message>
    <message>
        <source>Checking the contact</source>
        <translation>Kontroll av kontakten</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Kunden finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Choose the channel of the contact.</source>
        <translation>Velg kanalen for kontakten.</translation>
    </message>
    <message>
        <source>That channel is retired; choose another one.</source>
        <translation>Den kanalen er deaktivert; velg en annen.</translation>
    </message>
    <message>
        <source>Reading the contact</source>
        <translation>Lesing av kontakten</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Kontakten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Saving the contact</source>
        <translation>Lagring av kontakten</translation>
    </message>
    <message>
        <source>Deleting the contact</source>
        <translation>Sletting av kontakten</translation>
    </message>
    <message>
        <source>Restoring the contact</source>
        <translation>Gjenoppretting av kontakten</translation>
    </message>
    <message>
        <source>The contact is not deleted.</source>
        <translation>Kontakten er ikke slettet.</translation>
    </message>
    <message>
        <source>Reading the contacts</source>
        <translation>Lesing av kontaktene</translation>
    </message>
    <message>
        <source>Counting the contacts</source>
        <translation>Telling av kontaktene</translation>
    </message>
    <message>
        <source>Reading the complaints</source>
        <translation>Lesing av klagene</translation>
    </message>
    <message>
        <source>Taking the complaint</source>
        <translation>Overtakelse av klagen</translation>
    </message>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>Klagen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Resolving the complaint</source>
        <translation>Løsning av klagen</translation>
    </message>
    <message>
        <source>Reading the follow-up</source>
        <translation>Lesing av oppfølgingen</translation>
    </message>
    <message>
        <source>The follow-up no longer exists.</source>
        <translation>Oppfølgingen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Choose the customer the follow-up is for.</source>
        <translation>Velg kunden oppfølgingen gjelder.</translation>
    </message>
    <message>
        <source>Give the date the follow-up is due.</source>
        <translation>Oppgi fristen for oppfølgingen.</translation>
    </message>
    <message>
        <source>The customer or contact no longer exists.</source>
        <translation>Kunden eller kontakten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Saving the follow-up</source>
        <translation>Lagring av oppfølgingen</translation>
    </message>
    <message>
        <source>Deleting the follow-up</source>
        <translation>Sletting av oppfølgingen</translation>
    </message>
    <message>
        <source>Restoring the follow-up</source>
        <translation>Gjenoppretting av oppfølgingen</translation>
    </message>
    <message>
        <source>The follow-up is not deleted.</source>
        <translation>Oppfølgingen er ikke slettet.</translation>
    </message>
    <message>
        <source>Reading the follow-ups</source>
        <translation>Lesing av oppfølgingene</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Håndtert av</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Tilfredshet (1–5)</translation>
    </message>
    <message>
        <source>Recommendation (0–10)</source>
        <translation>Anbefaling (0–10)</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Tatt av</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who took a complaint, and when</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Ikke løst</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Slettet %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>The contact is no longer in this database (its customer was erased elsewhere since you opened it). Your changes were not saved.</source>
        <translation>Kontakten finnes ikke lenger i denne databasen (kunden ble slettet permanent et annet sted etter at du åpnet den). Endringene dine ble ikke lagret.</translation>
    </message>
    <message>
        <source>The contact was changed elsewhere since you opened it, and so were fields you changed: %1.</source>
        <translation>Kontakten er endret et annet sted siden du åpnet den, også i felt du endret: %1.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Utført %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <source>The follow-up was changed elsewhere since you opened it, and so were fields you changed: %1.</source>
        <translation>Oppfølgingen er endret et annet sted siden du åpnet den, også i felt du endret: %1.</translation>
    </message>
    <message>
        <source>The follow-up was deleted elsewhere since you opened it. Your changes were not saved.</source>
        <translation>Oppfølgingen ble slettet et annet sted etter at du åpnet den. Endringene dine ble ikke lagret.</translation>
    </message>
</context>
<context>
    <name>InteractionText</name>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Tatt av %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
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
        <translation>(uten emne)</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>systemets nøkkelring svarte ikke</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Passordet kunne ikke lagres i systemets nøkkelring: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ukjent feil</translation>
    </message>
</context>
<context>
    <name>MarketingExporter</name>
    <message>
        <source>Reading the permissions</source>
        <translation>Lesing av samtykkene</translation>
    </message>
    <message>
        <source>The delimiter must be a comma or a semicolon.</source>
        <translation>Skilletegnet må være komma eller semikolon.</translation>
    </message>
    <message>
        <source>Exporting the list for %1</source>
        <translation>Eksport av listen for %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>Reading the export log</source>
        <translation>Lesing av eksportloggen</translation>
    </message>
</context>
<context>
    <name>Maturity</name>
    <message>
        <source>No CRM</source>
        <translation>Ingen CRM</translation>
    </message>
    <message>
        <source>Transaction-driven: the focus is on new business, with no attention to retention.</source>
        <translation>Transaksjonsdrevet: fokus på nysalg, uten oppmerksomhet på å beholde kundene.</translation>
    </message>
    <message>
        <source>Operational CRM</source>
        <translation>Operativ CRM</translation>
    </message>
    <message>
        <source>CRM per department or process (marketing, sales, service); customer data is scattered over several systems and the customer picture is fragmented.</source>
        <translation>CRM per avdeling eller prosess (markedsføring, salg, service); kundedataene er spredt over flere systemer, og kundebildet er fragmentert.</translation>
    </message>
    <message>
        <source>Customer Relationship Management</source>
        <translation>Kunderelasjonshåndtering</translation>
    </message>
    <message>
        <source>Customer processes across departments and one central CRM solution; customer data and processes in order under a data-quality policy. The hardest step for large organisations, and the foundation of the next two.</source>
        <translation>Kundeprosesser på tvers av avdelinger og én sentral CRM-løsning; kundedata og prosesser er i orden under en policy for datakvalitet. Det vanskeligste steget for store organisasjoner, og grunnlaget for de to neste.</translation>
    </message>
    <message>
        <source>Customer Experience</source>
        <translation>Kundeopplevelse</translation>
    </message>
    <message>
        <source>Employees have room and responsibility; customers choose and switch channels (omnichannel), help themselves online, and loyal customers act as ambassadors.</source>
        <translation>Medarbeiderne har handlingsrom og ansvar; kundene velger og bytter kanal (omnikanal), hjelper seg selv på nett, og lojale kunder opptrer som ambassadører.</translation>
    </message>
    <message>
        <source>Customer Centric</source>
        <translation>Kundesentrert</translation>
    </message>
    <message>
        <source>Customer orientation is built into processes, organisation and culture; value for and from the customer is in balance; customers co-create; the brand carries through the whole customer journey.</source>
        <translation>Kundeorientering er bygd inn i prosesser, organisasjon og kultur; verdi for og fra kunden er i balanse; kundene er med og skaper; merkevaren bæres gjennom hele kundereisen.</translation>
    </message>
    <message>
        <source>Customer details and contacts are recorded in a CRM system, at least per department.</source>
        <translation>Kundeopplysninger og kontakter registreres i et CRM-system, i det minste per avdeling.</translation>
    </message>
    <message>
        <source>Record every customer contact in the CRM, starting with sales and service.</source>
        <translation>Registrer hver kundekontakt i CRM-et, og begynn med salg og service.</translation>
    </message>
    <message>
        <source>Marketing, sales and service each work with a defined customer process.</source>
        <translation>Markedsføring, salg og service har hver sin definerte kundeprosess.</translation>
    </message>
    <message>
        <source>Describe the customer process of each department: who does what, when, in which system.</source>
        <translation>Beskriv kundeprosessen i hver avdeling: hvem gjør hva, når og i hvilket system.</translation>
    </message>
    <message>
        <source>Follow-ups agreed with customers are done on time.</source>
        <translation>Oppfølginger som er avtalt med kunder, blir utført i tide.</translation>
    </message>
    <message>
        <source>Give every follow-up a due date and an owner, and review overdue follow-ups weekly.</source>
        <translation>Gi hver oppfølging en frist og en eier, og gå gjennom forfalte oppfølginger hver uke.</translation>
    </message>
    <message>
        <source>One central CRM solution holds the customer data and contacts of all departments.</source>
        <translation>Én sentral CRM-løsning inneholder kundedataene og kontaktene til alle avdelinger.</translation>
    </message>
    <message>
        <source>Bring the customer data and contacts of every department and channel into the one CRM, and retire the separate lists and systems.</source>
        <translation>Samle kundedataene og kontaktene fra alle avdelinger og kanaler i det ene CRM-et, og avvikle de separate listene og systemene.</translation>
    </message>
    <message>
        <source>Customer processes run across departments, from marketing through sales to service.</source>
        <translation>Kundeprosessene går på tvers av avdelinger, fra markedsføring via salg til service.</translation>
    </message>
    <message>
        <source>Design the customer processes end to end across departments, with hand-overs in the CRM.</source>
        <translation>Utform kundeprosessene fra ende til ende på tvers av avdelinger, med overleveringer i CRM-et.</translation>
    </message>
    <message>
        <source>A data-quality policy is in force: an owner, rules and regular checks of customer data.</source>
        <translation>En policy for datakvalitet gjelder: en eier, regler og jevnlige kontroller av kundedataene.</translation>
    </message>
    <message>
        <source>Appoint an owner of customer data, agree which core data every record needs, and check completeness every month.</source>
        <translation>Utpek en eier av kundedataene, bli enige om hvilke kjernedata hver post må ha, og kontroller fullstendigheten hver måned.</translation>
    </message>
    <message>
        <source>Duplicate customer records are found and merged regularly.</source>
        <translation>Dupliserte kundeposter blir funnet og slått sammen jevnlig.</translation>
    </message>
    <message>
        <source>Find records with the same e-mail address or the same name in the same city and merge them; check for duplicates when records are created.</source>
        <translation>Finn poster med samme e-postadresse eller samme navn på samme sted, og slå dem sammen; se etter duplikater når poster opprettes.</translation>
    </message>
    <message>
        <source>Permission for marketing is recorded for each customer.</source>
        <translation>Samtykke til markedsføring er registrert for hver kunde.</translation>
    </message>
    <message>
        <source>Ask customers for permission for marketing and record every grant and withdrawal in the CRM.</source>
        <translation>Be kundene om samtykke til markedsføring, og registrer hvert samtykke og hver tilbaketrekking i CRM-et.</translation>
    </message>
    <message>
        <source>Employees have the room and the responsibility to solve a customer&apos;s issue themselves.</source>
        <translation>Medarbeiderne har handlingsrom og ansvar til selv å løse en kundes sak.</translation>
    </message>
    <message>
        <source>Give front-line employees the mandate and the information to solve issues at the first contact.</source>
        <translation>Gi medarbeiderne i førstelinjen fullmakt og informasjon til å løse saker ved første kontakt.</translation>
    </message>
    <message>
        <source>Customers choose their channel and can switch channels without starting over.</source>
        <translation>Kundene velger kanal selv og kan bytte kanal uten å begynne på nytt.</translation>
    </message>
    <message>
        <source>Show the whole contact history in every channel, so a conversation can continue where the customer left it.</source>
        <translation>Vis hele kontakthistorikken i alle kanaler, slik at en samtale kan fortsette der kunden slapp den.</translation>
    </message>
    <message>
        <source>Customers can help themselves online for common questions (self-service).</source>
        <translation>Kundene kan hjelpe seg selv på nett med vanlige spørsmål (selvbetjening).</translation>
    </message>
    <message>
        <source>Offer online self-service for the most frequent questions and record its use.</source>
        <translation>Tilby selvbetjening på nett for de vanligste spørsmålene, og registrer bruken.</translation>
    </message>
    <message>
        <source>Customer satisfaction is measured after contacts, in every channel.</source>
        <translation>Kundetilfredsheten måles etter kontakter, i alle kanaler.</translation>
    </message>
    <message>
        <source>Ask for a satisfaction score (CSAT or NPS) after contacts in every channel and record it with the contact.</source>
        <translation>Be om en tilfredshetsverdi (CSAT eller NPS) etter kontakter i alle kanaler, og registrer den sammen med kontakten.</translation>
    </message>
    <message>
        <source>Loyal customers recommend us and act as ambassadors.</source>
        <translation>Lojale kunder anbefaler oss og opptrer som ambassadører.</translation>
    </message>
    <message>
        <source>Follow up detractors, invite promoters to recommend you, and track the net promoter score.</source>
        <translation>Følg opp kritikerne, inviter ambassadørene til å anbefale dere, og følg med på net promoter score.</translation>
    </message>
    <message>
        <source>Customer orientation is built into our processes, organisation and culture.</source>
        <translation>Kundeorientering er bygd inn i prosessene, organisasjonen og kulturen vår.</translation>
    </message>
    <message>
        <source>Make customer outcomes part of every team&apos;s goals and of management reviews.</source>
        <translation>Gjør resultater for kundene til en del av målene til hvert team og av ledelsens gjennomganger.</translation>
    </message>
    <message>
        <source>Value for the customer and value from the customer are in balance, and both are measured.</source>
        <translation>Verdi for kunden og verdi fra kunden er i balanse, og begge måles.</translation>
    </message>
    <message>
        <source>Measure customer value (revenue, lifetime value) beside customer satisfaction and steer on both.</source>
        <translation>Mål kundenes verdi (omsetning og kundeverdi) ved siden av kundetilfredsheten, og styr etter begge.</translation>
    </message>
    <message>
        <source>Customers co-create: their ideas are captured and used to improve products and services.</source>
        <translation>Kundene er med og skaper: ideene deres samles inn og brukes til å forbedre produkter og tjenester.</translation>
    </message>
    <message>
        <source>Capture customers&apos; ideas and feedback as contacts in the CRM and report back what was done with them.</source>
        <translation>Samle inn kundenes ideer og tilbakemeldinger som kontakter i CRM-et, og fortell hva som ble gjort med dem.</translation>
    </message>
    <message>
        <source>The brand promise is kept throughout the whole customer journey.</source>
        <translation>Merkevareløftet holdes gjennom hele kundereisen.</translation>
    </message>
    <message>
        <source>Map the customer journey and check each step against the brand promise.</source>
        <translation>Kartlegg kundereisen, og kontroller hvert steg mot merkevareløftet.</translation>
    </message>
    <message>
        <source>Customers with recorded contacts</source>
        <translation>Kunder med registrerte kontakter</translation>
    </message>
    <message>
        <source>Share of customers with at least one contact recorded in the last 12 months: the CRM is used in daily work.</source>
        <translation>Andel kunder med minst én kontakt registrert de siste 12 månedene: CRM-et brukes i det daglige arbeidet.</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Oppfølginger utført i tide</translation>
    </message>
    <message>
        <source>Share of follow-ups due in the last 12 months that were done by their due date: how quickly customers get an answer.</source>
        <translation>Andel oppfølginger med frist de siste 12 månedene som ble utført innen fristen: hvor raskt kundene får svar.</translation>
    </message>
    <message>
        <source>Complete core data</source>
        <translation>Fullstendige kjernedata</translation>
    </message>
    <message>
        <source>Share of customer records with a name, an e-mail address or phone number, a city and a country: customer data is in order.</source>
        <translation>Andel kundeposter med navn, e-postadresse eller telefonnummer, sted og land: kundedataene er i orden.</translation>
    </message>
    <message>
        <source>Duplicate rate</source>
        <translation>Duplikatandel</translation>
    </message>
    <message>
        <source>Share of customer records that look like another record (same e-mail address, or same name in the same city): lower is better.</source>
        <translation>Andel kundeposter som ligner en annen post (samme e-postadresse, eller samme navn på samme sted): lavere er bedre.</translation>
    </message>
    <message>
        <source>Contacts in two or more channels</source>
        <translation>Kontakter i to eller flere kanaler</translation>
    </message>
    <message>
        <source>Share of customers with contacts in the last 12 months whose contacts were recorded in two or more channels: one picture across channels.</source>
        <translation>Andel kunder med kontakter de siste 12 månedene der kontaktene ble registrert i to eller flere kanaler: ett bilde på tvers av kanalene.</translation>
    </message>
    <message>
        <source>Contacts by two or more departments</source>
        <translation>Kontakter fra to eller flere avdelinger</translation>
    </message>
    <message>
        <source>Share of customers with contacts in the last 12 months whose contacts were handled by two or more organisation units: one central customer picture.</source>
        <translation>Andel kunder med kontakter de siste 12 månedene der kontaktene ble behandlet av to eller flere organisasjonsenheter: ett sentralt kundebilde.</translation>
    </message>
    <message>
        <source>Marketing permission recorded</source>
        <translation>Markedsføringssamtykke registrert</translation>
    </message>
    <message>
        <source>Share of customers with a recorded permission decision (granted or withdrawn) for a marketing purpose.</source>
        <translation>Andel kunder med en registrert samtykkebeslutning (gitt eller trukket tilbake) for et markedsføringsformål.</translation>
    </message>
    <message>
        <source>Contacts with a satisfaction score</source>
        <translation>Kontakter med tilfredshetsverdi</translation>
    </message>
    <message>
        <source>Share of contacts in the last 12 months with a CSAT or NPS answer.</source>
        <translation>Andel kontakter de siste 12 månedene med et CSAT- eller NPS-svar.</translation>
    </message>
    <message>
        <source>Channels with satisfaction measured</source>
        <translation>Kanaler der tilfredshet måles</translation>
    </message>
    <message>
        <source>Share of the channels used in the last 12 months in which satisfaction was measured at least once.</source>
        <translation>Andel av kanalene som er brukt de siste 12 månedene, der tilfredsheten ble målt minst én gang.</translation>
    </message>
    <message>
        <source>Self-service share</source>
        <translation>Selvbetjeningsandel</translation>
    </message>
    <message>
        <source>Share of contacts in the last 12 months where the customer helped themselves online.</source>
        <translation>Andel kontakter de siste 12 månedene der kunden hjalp seg selv på nett.</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Net promoter score</translation>
    </message>
    <message>
        <source>Promoters minus detractors among the NPS answers of the last 12 months, from −100 to 100: loyal customers as ambassadors.</source>
        <translation>Ambassadører minus kritikere blant NPS-svarene de siste 12 månedene, fra −100 til 100: lojale kunder som ambassadører.</translation>
    </message>
    <message>
        <source>Customer ideas captured</source>
        <translation>Kundeideer samlet inn</translation>
    </message>
    <message>
        <source>Share of customers with contacts in the last 12 months who gave feedback or an idea: customers co-create.</source>
        <translation>Andel kunder med kontakter de siste 12 månedene som ga en tilbakemelding eller en idé: kundene er med og skaper.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
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
        <translation>1 – uenig</translation>
    </message>
    <message>
        <source>2 – mostly disagree</source>
        <translation>2 – stort sett uenig</translation>
    </message>
    <message>
        <source>3 – partly</source>
        <translation>3 – delvis</translation>
    </message>
    <message>
        <source>4 – mostly agree</source>
        <translation>4 – stort sett enig</translation>
    </message>
    <message>
        <source>5 – agree</source>
        <translation>5 – enig</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukjent</translation>
    </message>
</context>
<context>
    <name>MaturityReport</name>
    <message>
        <source>CRM maturity</source>
        <translation>CRM-modenhet</translation>
    </message>
    <message>
        <source>CRM maturity of %1</source>
        <translation>CRM-modenhet for %1</translation>
    </message>
    <message>
        <source>No self-assessment yet: the criteria are not measured. The evidence from the CRM&apos;s data is shown below.</source>
        <translation>Ingen egenvurdering ennå: kriteriene er ikke målt. Belegget fra CRM-dataene vises nedenfor.</translation>
    </message>
    <message>
        <source>Self-assessment of %1.</source>
        <translation>Egenvurdering fra %1.</translation>
    </message>
    <message>
        <source>Self-assessment of %1 by %2.</source>
        <translation>Egenvurdering fra %1 av %2.</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
    <message>
        <source>Every phase is reached.</source>
        <translation>Alle faser er nådd.</translation>
    </message>
    <message>
        <source>What blocks phase %1 (%2):</source>
        <translation>Dette hindrer fase %1 (%2):</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2, threshold %3</source>
        <translation>%1: %2, terskel %3</translation>
    </message>
    <message>
        <source>Phase reached: %1</source>
        <translation>Fase nådd: %1</translation>
    </message>
    <message>
        <source>Phase supported by the CRM&apos;s data: %1</source>
        <translation>Fase som støttes av CRM-dataene: %1</translation>
    </message>
    <message>
        <source>Evidence: the 12 months up to %1.</source>
        <translation>Belegg: de 12 månedene til og med %1.</translation>
    </message>
    <message>
        <source>The baseline: every organisation starts here.</source>
        <translation>Utgangspunktet: alle organisasjoner starter her.</translation>
    </message>
    <message>
        <source>self-assessment: %1</source>
        <translation>egenvurdering: %1</translation>
    </message>
    <message>
        <source>%1: %2 (threshold %3) – %4</source>
        <translation>%1: %2 (terskel %3) – %4</translation>
    </message>
    <message>
        <source>%1: not measured yet (threshold %2)</source>
        <translation>%1: ikke målt ennå (terskel %2)</translation>
    </message>
    <message>
        <source>Where the self-assessment and the data disagree:</source>
        <translation>Der egenvurderingen og dataene ikke stemmer overens:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Neste steg:</translation>
    </message>
    <message>
        <source>Phases and criteria</source>
        <translation>Faser og kriterier</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Egenvurdering</translation>
    </message>
    <message>
        <source>Evidence from the CRM&apos;s data</source>
        <translation>Belegg fra CRM-dataene</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Terskel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where the self-assessment and the data disagree</source>
        <translation>Der egenvurderingen og dataene ikke stemmer overens</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Neste steg</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not a currency code (ISO 4217, such as EUR or NOK).</source>
        <translation>«%1» er ikke en valutakode (ISO 4217, for eksempel EUR eller NOK).</translation>
    </message>
    <message>
        <source>empty; give the amount, such as 12.50.</source>
        <translation>tomt; oppgi beløpet, for eksempel 12.50.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it as 1234.56 or 1.234,56.</source>
        <translation>«%1» er ikke et beløp; skriv det som 1234.56 eller 1.234,56.</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it could be a thousand and more or one with a fraction. Write the amount with its cents (%2 or %3), or without a separator.</source>
        <translation>«%1» er tvetydig: det kan være over tusen eller et tall med desimaler. Skriv beløpet med desimalene (%2 eller %3), eller uten skilletegn.</translation>
    </message>
    <message>
        <source>“%1” has decimals, but %2 has none.</source>
        <translation>«%1» har desimaler, men %2 har ingen.</translation>
    </message>
    <message>
        <source>“%1” has more decimals than %2 has (%3).</source>
        <translation>«%1» har flere desimaler enn %2 har (%3).</translation>
    </message>
    <message>
        <source>“%1” is too large for an order line.</source>
        <translation>«%1» er for stort for en ordrelinje.</translation>
    </message>
</context>
<context>
    <name>OrderCsv</name>
    <message>
        <source>Relatio id of the order line</source>
        <translation>Ordrelinjens Relatio-ID</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Ordre-ID</translation>
    </message>
    <message>
        <source>Customer&apos;s Relatio id</source>
        <translation>Kundens Relatio-ID</translation>
    </message>
    <message>
        <source>Customer&apos;s external id</source>
        <translation>Kundens eksterne ID</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>Kundens e-post</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Ordredato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Product SKU</source>
        <translation>Produkt-SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>OrderExporter</name>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Skilletegnet må være komma, semikolon eller tabulator.</translation>
    </message>
    <message>
        <source>Reading the orders: %1</source>
        <translation>Lesing av ordrene: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Eksporten ble avbrutt; %1 ble ikke skrevet.</translation>
    </message>
    <message>
        <source>Give a date, such as 2024-03-01.</source>
        <translation>Oppgi en dato, for eksempel 2024-03-01.</translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <source>Importing %1: %2: %3</source>
        <translation>Importering av %1: %2: %3</translation>
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
        <source>The database is not open.</source>
        <translation>Databasen er ikke åpen.</translation>
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
        <source>“%1” is not a Relatio id; leave it empty for a new order line.</source>
        <translation>«%1» er ikke en Relatio-ID; la feltet stå tomt for en ny ordrelinje.</translation>
    </message>
    <message>
        <source>“%1” is not a Relatio id.</source>
        <translation>«%1» er ikke en Relatio-ID.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>«%1» er ikke en dato.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; write an ISO 4217 code such as EUR, NOK, SEK, GBP or USD.</source>
        <translation>«%1» er ikke en valutakode; skriv en ISO 4217-kode, for eksempel EUR, NOK, SEK, GBP eller USD.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity; write a whole number other than 0 (negative for a return), or leave it empty for 1.</source>
        <translation>«%1» er ikke et antall; skriv et heltall som ikke er 0 (negativt for en retur), eller la feltet stå tomt for 1.</translation>
    </message>
    <message>
        <source>“%1” is not a channel. The channels are: %2.</source>
        <translation>«%1» er ikke en kanal. Kanalene er: %2.</translation>
    </message>
    <message>
        <source>empty; every order needs its date.</source>
        <translation>tomt; hver ordre må ha en dato.</translation>
    </message>
    <message>
        <source>empty; every order needs its amount.</source>
        <translation>tomt; hver ordre må ha et beløp.</translation>
    </message>
    <message>
        <source>a category without a product; give the product&apos;s SKU or name.</source>
        <translation>en kategori uten produkt; oppgi produktets SKU eller navn.</translation>
    </message>
    <message>
        <source>The row names no customer: give the customer&apos;s external id, e-mail address or Relatio id.</source>
        <translation>Raden angir ingen kunde: oppgi kundens eksterne ID, e-postadresse eller Relatio-ID.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>Importen av %1 ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>finding the products</source>
        <translation>oppslag av produktene</translation>
    </message>
    <message>
        <source>adding a product</source>
        <translation>oppretting av et produkt</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>ordrene</translation>
    </message>
    <message>
        <source>no currency: the row has none, its product has no list price and the customer&apos;s country does not say one. Add a currency column (EUR, NOK, …).</source>
        <translation>ingen valuta: raden har ingen, produktet har ingen listepris, og kundens land angir ingen. Legg til en valutakolonne (EUR, NOK, …).</translation>
    </message>
    <message>
        <source>matching the orders</source>
        <translation>matching av ordrene</translation>
    </message>
    <message>
        <source>The order line %1 was deleted in Relatio; restore it first, or leave the uuid empty to add the row as a new line.</source>
        <translation>Ordrelinjen %1 ble slettet i Relatio; gjenopprett den først, eller la uuid stå tomt for å legge til raden som en ny linje.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>updating an order line</source>
        <translation>oppdatering av en ordrelinje</translation>
    </message>
    <message>
        <source>The orders were imported, but the rejects file %1 could not be written: %2</source>
        <translation>Ordrene ble importert, men feilfilen %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>The column %1 is not one of an orders file.</source>
        <translation>Kolonnen %1 hører ikke til en ordrefil.</translation>
    </message>
    <message>
        <source>The columns %1 are not ones of an orders file.</source>
        <translation>Kolonnene %1 hører ikke til en ordrefil.</translation>
    </message>
    <message>
        <source>The file has no column for the customer: add customer_external_id, customer_email or customer_uuid.</source>
        <translation>Filen har ingen kolonne for kunden: legg til customer_external_id, customer_email eller customer_uuid.</translation>
    </message>
    <message>
        <source>The file has no ordered_on column with the date of each order.</source>
        <translation>Filen har ingen ordered_on-kolonne med datoen for hver ordre.</translation>
    </message>
    <message>
        <source>The file has no amount column.</source>
        <translation>Filen har ingen amount-kolonne.</translation>
    </message>
</context>
<context>
    <name>PersonaRepository</name>
    <message>
        <source>Reading the personas</source>
        <translation>Lesing av personaene</translation>
    </message>
    <message>
        <source>Reading the persona</source>
        <translation>Lesing av personaen</translation>
    </message>
    <message>
        <source>The persona no longer exists.</source>
        <translation>Personaen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>En persona må ha et navn.</translation>
    </message>
    <message>
        <source>Checking the persona</source>
        <translation>Kontroll av personaen</translation>
    </message>
    <message>
        <source>There is already a persona named “%1”.</source>
        <translation>Det finnes allerede en persona med navnet «%1».</translation>
    </message>
    <message>
        <source>Adding the persona</source>
        <translation>Oppretting av personaen</translation>
    </message>
    <message>
        <source>Saving the persona</source>
        <translation>Lagring av personaen</translation>
    </message>
    <message>
        <source>Deleting the persona</source>
        <translation>Sletting av personaen</translation>
    </message>
    <message>
        <source>The persona is not deleted.</source>
        <translation>Personaen er ikke slettet.</translation>
    </message>
    <message>
        <source>“%1” cannot come back: another persona has that name now. Rename that one first.</source>
        <translation>«%1» kan ikke gjenopprettes: en annen persona har det navnet nå. Gi den et nytt navn først.</translation>
    </message>
    <message>
        <source>Restoring the persona</source>
        <translation>Gjenoppretting av personaen</translation>
    </message>
    <message>
        <source>Moving the persona</source>
        <translation>Flytting av personaen</translation>
    </message>
    <message>
        <source>Reading the persona rules</source>
        <translation>Lesing av personareglene</translation>
    </message>
    <message>
        <source>A segment is 0 (no purchases yet) to 10, not %1.</source>
        <translation>Et segment er fra 0 (ingen kjøp ennå) til 10, ikke %1.</translation>
    </message>
    <message>
        <source>A country is a two-letter ISO code such as NL, not “%1”.</source>
        <translation>Et land er en ISO-kode på to bokstaver, for eksempel NL, ikke «%1».</translation>
    </message>
    <message>
        <source>Checking the rule</source>
        <translation>Kontroll av regelen</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>Stikkordet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Adding the rule</source>
        <translation>Oppretting av regelen</translation>
    </message>
    <message>
        <source>Saving the rule</source>
        <translation>Lagring av regelen</translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation>Regelen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Deleting the rule</source>
        <translation>Sletting av regelen</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>Lesing av kunden</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Kunden finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s tags</source>
        <translation>Lesing av kundens stikkord</translation>
    </message>
    <message>
        <source>Counting the customers per persona: %1</source>
        <translation>Telling av kunder per persona: %1</translation>
    </message>
    <message>
        <source>Counting the customers per persona was cancelled.</source>
        <translation>Tellingen av kunder per persona ble avbrutt.</translation>
    </message>
    <message>
        <source>Counting the customers per persona</source>
        <translation>Telle kundene per persona</translation>
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
    <name>PriceRuleRepository</name>
    <message>
        <source>Reading the price rules</source>
        <translation>Lesing av prisreglene</translation>
    </message>
    <message>
        <source>Reading the price rule</source>
        <translation>Lesing av prisregelen</translation>
    </message>
    <message>
        <source>The price rule no longer exists.</source>
        <translation>Prisregelen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>A price rule needs a name.</source>
        <translation>En prisregel må ha et navn.</translation>
    </message>
    <message>
        <source>A price rule either takes a percentage off or sets a price.</source>
        <translation>En prisregel gir enten en prosentrabatt eller setter en pris.</translation>
    </message>
    <message>
        <source>A discount is 0 to 100%, not %1%.</source>
        <translation>En rabatt er fra 0 til 100 %, ikke %1 %.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>En pris kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A set price needs its currency: a three-letter ISO code such as EUR.</source>
        <translation>En fast pris må ha en valuta: en ISO-kode på tre bokstaver, for eksempel EUR.</translation>
    </message>
    <message>
        <source>A segment is 1 to 10, not %1.</source>
        <translation>Et segment er fra 1 til 10, ikke %1.</translation>
    </message>
    <message>
        <source>A CLV tier is 1 to 4, not %1.</source>
        <translation>Et CLV-nivå er fra 1 til 4, ikke %1.</translation>
    </message>
    <message>
        <source>The rule stops (%1) before it starts (%2).</source>
        <translation>Regelen slutter (%1) før den begynner (%2).</translation>
    </message>
    <message>
        <source>Checking the price rule</source>
        <translation>Kontroll av prisregelen</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>Produktet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The persona no longer exists.</source>
        <translation>Personaen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Adding the price rule</source>
        <translation>Oppretting av prisregelen</translation>
    </message>
    <message>
        <source>Saving the price rule</source>
        <translation>Lagring av prisregelen</translation>
    </message>
    <message>
        <source>Deleting the price rule</source>
        <translation>Sletting av prisregelen</translation>
    </message>
    <message>
        <source>Restoring the price rule</source>
        <translation>Gjenoppretting av prisregelen</translation>
    </message>
    <message>
        <source>The price rule is not deleted.</source>
        <translation>Prisregelen er ikke slettet.</translation>
    </message>
    <message>
        <source>Reading the product categories</source>
        <translation>Lesing av produktkategoriene</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Reading the customer&apos;s value</source>
        <translation>Lesing av kundens verdi</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Kunden finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Reading the product</source>
        <translation>Lesing av produktet</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>Produktet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Reading the products</source>
        <translation>Lesing av produktene</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s purchases</source>
        <translation>Lesing av kundens kjøp</translation>
    </message>
</context>
<context>
    <name>PricingFormat</name>
    <message>
        <source>No purchases yet</source>
        <translation>Ingen kjøp ennå</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle segmenter</translation>
    </message>
    <message>
        <source>Tier 1 (top 10% by CLV)</source>
        <translation>Nivå 1 (topp 10 % etter CLV)</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Nivå 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Nivå 3</translation>
    </message>
    <message>
        <source>Tier 4 (lowest CLV)</source>
        <translation>Nivå 4 (lavest CLV)</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Alle nivåer</translation>
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
        <translation>Velg kunden som bestilte.</translation>
    </message>
    <message>
        <source>Give the day of the order.</source>
        <translation>Oppgi ordredatoen.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (ISO 4217, such as EUR or NOK).</source>
        <translation>«%1» er ikke en valutakode (ISO 4217, for eksempel EUR eller NOK).</translation>
    </message>
    <message>
        <source>The amount is too large for an order line.</source>
        <translation>Beløpet er for stort for en ordrelinje.</translation>
    </message>
    <message>
        <source>The quantity cannot be 0; a return has a negative quantity.</source>
        <translation>Antallet kan ikke være 0; en retur har negativt antall.</translation>
    </message>
    <message>
        <source>Checking the order</source>
        <translation>Kontroll av ordren</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Kunden finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The channel of the order no longer exists.</source>
        <translation>Kanalen for ordren finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The product of the order no longer exists.</source>
        <translation>Produktet i ordren finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>Lesing av ordren</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>Ordren finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Saving the order</source>
        <translation>Lagring av ordren</translation>
    </message>
    <message>
        <source>Deleting the order</source>
        <translation>Sletting av ordren</translation>
    </message>
    <message>
        <source>Restoring the order</source>
        <translation>Gjenoppretting av ordren</translation>
    </message>
    <message>
        <source>The order is not deleted.</source>
        <translation>Ordren er ikke slettet.</translation>
    </message>
    <message>
        <source>Reading the orders</source>
        <translation>Lesing av ordrene</translation>
    </message>
    <message>
        <source>Counting the orders</source>
        <translation>Telling av ordrene</translation>
    </message>
    <message>
        <source>Reading the products</source>
        <translation>Lesing av produktene</translation>
    </message>
    <message>
        <source>Reading the product</source>
        <translation>Lesing av produktet</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>Produktet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Finding the product</source>
        <translation>Oppslag av produktet</translation>
    </message>
    <message>
        <source>A product needs a SKU or a name.</source>
        <translation>Et produkt må ha en SKU eller et navn.</translation>
    </message>
    <message>
        <source>Adding the product</source>
        <translation>Oppretting av produktet</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>Reading the orders: %1</source>
        <translation>Lesing av ordrene: %1</translation>
    </message>
    <message>
        <source>Reading the orders was cancelled.</source>
        <translation>Lesingen av ordrene ble avbrutt.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Ordre-ID</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Slettet %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>The order is no longer in this database (its customer was erased elsewhere since you opened it). Your changes were not saved.</source>
        <translation>Ordren finnes ikke lenger i denne databasen (kunden ble slettet permanent et annet sted etter at du åpnet den). Endringene dine ble ikke lagret.</translation>
    </message>
    <message>
        <source>The order was changed elsewhere since you opened it, and so were fields you changed: %1.</source>
        <translation>Ordren er endret et annet sted siden du åpnet den, også i felt du endret: %1.</translation>
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
    <name>RejectFiles</name>
    <message>
        <source>Noting the rejects file %1</source>
        <translation>Registrering av feilfilen %1</translation>
    </message>
    <message>
        <source>Reading the list of rejects files</source>
        <translation>Lesing av listen over feilfiler</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>RejectsFile</name>
    <message>
        <source>The rejects file %1 cannot be written: %2</source>
        <translation>Feilfilen %1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Finding customers without activity</source>
        <translation>Søk etter kunder uten aktivitet</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation>Mestere</translation>
    </message>
    <message>
        <source>Loyal Customers</source>
        <translation>Lojale kunder</translation>
    </message>
    <message>
        <source>Potential Loyalists</source>
        <translation>Potensielt lojale</translation>
    </message>
    <message>
        <source>New Customers</source>
        <translation>Nye kunder</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Lovende</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>Trenger oppmerksomhet</translation>
    </message>
    <message>
        <source>About to Sleep</source>
        <translation>I ferd med å sovne</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>I faresonen</translation>
    </message>
    <message>
        <source>Can&apos;t Lose</source>
        <translation>Kan ikke mistes</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>I dvale</translation>
    </message>
</context>
<context>
    <name>SatisfactionStats</name>
    <message>
        <source>Reading the satisfaction figures</source>
        <translation>Lesing av tilfredshetstallene</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Reading the satisfaction trend</source>
        <translation>Lesing av tilfredshetstrenden</translation>
    </message>
    <message>
        <source>Reading the customer groups</source>
        <translation>Lesing av kundegruppene</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Uten land</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Uten eier</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Rapporten ble avbrutt.</translation>
    </message>
    <message>
        <source>Reading the contacts: %1</source>
        <translation>Lesing av kontaktene: %1</translation>
    </message>
    <message>
        <source>Reading the customers&apos; names</source>
        <translation>Lesing av kundenavnene</translation>
    </message>
    <message>
        <source>Reading the contacts</source>
        <translation>Lesing av kontaktene</translation>
    </message>
    <message>
        <source>Reading the customers&apos; names: %1</source>
        <translation>Lesing av kundenavnene: %1</translation>
    </message>
    <message>
        <source>Satisfaction by value segment</source>
        <translation>Tilfredshet etter verdisegment</translation>
    </message>
    <message>
        <source>Reading the contact totals</source>
        <translation>Lesing av kontakttotalene</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>met</source>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>ikke oppfylt</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>ikke målt ennå</translation>
    </message>
    <message>
        <source>%1 is %2 (threshold %3)</source>
        <translation>%1 er %2 (terskel %3)</translation>
    </message>
    <message>
        <source>Rated as met, but the data says otherwise: %1.</source>
        <translation>Vurdert som oppfylt, men dataene sier noe annet: %1.</translation>
    </message>
    <message>
        <source>Rated as not met, but the data meets the threshold: %1.</source>
        <translation>Vurdert som ikke oppfylt, men dataene når terskelen: %1.</translation>
    </message>
    <message>
        <source>Phase %1, &quot;%2&quot;: %3</source>
        <translation>Fase %1, «%2»: %3</translation>
    </message>
    <message>
        <source>The self-assessment reaches phase %1 (%2); the CRM&apos;s data supports phase %3 (%4).</source>
        <translation>Egenvurderingen når fase %1 (%2); CRM-dataene støtter fase %3 (%4).</translation>
    </message>
    <message>
        <source>Assess the unit: answer the statements of every phase to find the phase reached.</source>
        <translation>Vurder enheten: svar på påstandene i alle faser for å finne fasen som er nådd.</translation>
    </message>
    <message>
        <source>Bring &quot;%1&quot; from %2 to %3.</source>
        <translation>Løft «%1» fra %2 til %3.</translation>
    </message>
    <message>
        <source>Start recording the data behind &quot;%1&quot; (not measured yet).</source>
        <translation>Begynn å registrere dataene bak «%1» (ikke målt ennå).</translation>
    </message>
</context>
<context>
    <name>SegmentReturns</name>
    <message>
        <source>Revenue is the sum of the purchases in the period, by the customer&apos;s current segment. A cost counts with the part of its period that falls in the chosen period (spread evenly by days). Costs for all segments are shared by the segments in proportion to their number of customers. Return = (revenue − costs) ÷ costs; CLV per cost = the segment&apos;s total customer lifetime value ÷ costs.</source>
        <translation>Omsetningen er summen av kjøpene i perioden, fordelt etter kundens nåværende segment. En kostnad teller med den delen av perioden sin som faller innenfor den valgte perioden (jevnt fordelt per dag). Kostnader for alle segmenter fordeles på segmentene i forhold til antall kunder i hvert segment. Avkastning = (omsetning − kostnader) ÷ kostnader; CLV per kostnad = segmentets samlede kundeverdi (CLV) ÷ kostnader.</translation>
    </message>
    <message>
        <source>Summing the purchases</source>
        <translation>Summering av kjøpene</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Rapporten ble avbrutt.</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Velg en periode som ikke slutter før den begynner.</translation>
    </message>
    <message>
        <source>Reading the value analysis</source>
        <translation>Lesing av verdianalysen</translation>
    </message>
    <message>
        <source>Reading the segments</source>
        <translation>Lesing av segmentene</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>&apos;%1&apos; is not a server address: use postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>&apos;%1&apos; er ikke en serveradresse: bruk postgresql://BRUKER@VERT:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Do not put the password in the address: Relatio asks for it and keeps it in the system keychain; scripts can use ~/.pgpass, PGPASSWORD or --password-stdin.</source>
        <translation>Ikke legg passordet i adressen: Relatio spør etter det og lagrer det i systemets nøkkelring; skript kan bruke ~/.pgpass, PGPASSWORD eller --password-stdin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>&apos;%1&apos; trenger en bruker, en vert og en database: postgresql://BRUKER@VERT:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address option &apos;%1&apos; is not known; use %2.</source>
        <translation>Valget &apos;%1&apos; i serveradressen er ukjent; bruk %2.</translation>
    </message>
    <message>
        <source>sslmode takes %1.</source>
        <translation>sslmode tar %1.</translation>
    </message>
    <message>
        <source>The value of %1 cannot contain &apos;;&apos;.</source>
        <translation>Verdien av %1 kan ikke inneholde &apos;;&apos;.</translation>
    </message>
</context>
<context>
    <name>SetAside</name>
    <message>
        <source>Preparing the first sync</source>
        <translation>Forbereder den første synkroniseringen</translation>
    </message>
    <message>
        <source>Reading the database&apos;s state</source>
        <translation>Leser databasens tilstand</translation>
    </message>
    <message>
        <source>Building the customer list&apos;s indexes and the search index</source>
        <translation>Bygger indeksene til kundelisten og søkeindeksen</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Collecting the personal data</source>
        <translation>Innsamling av personopplysningene</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <source>Permission records</source>
        <translation>Samtykkeoppføringer</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Endringshistorikk</translation>
    </message>
    <message>
        <source>Changes made by imports</source>
        <translation>Endringer gjort av importer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmer</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Tag names</source>
        <translation>Stikkordnavn</translation>
    </message>
    <message>
        <source>Permission purposes</source>
        <translation>Samtykkeformål</translation>
    </message>
    <message>
        <source>Wording shown when permission was asked</source>
        <translation>Ordlyd som ble vist da samtykket ble innhentet</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Nothing held.</source>
        <translation>Ingenting lagret.</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Personopplysninger lagret om %1</translation>
    </message>
    <message>
        <source>Everything Relatio holds about this customer, exported on %1 by %2.</source>
        <translation>Alt Relatio har lagret om denne kunden, eksportert %1 av %2.</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Medlem av</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>(address confirmed %1)</source>
        <translation>(adresse bekreftet %1)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>The JSON file exported with this document holds the same data completely, with every stored field and the records these refer to.</source>
        <translation>JSON-filen som ble eksportert sammen med dette dokumentet, inneholder de samme opplysningene fullstendig, med alle lagrede felt og postene de viser til.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Also stored, derived from the above for sorting and search: the organisation&apos;s name, sort keys and the digits of the phone numbers.</source>
        <translation>Også lagret, avledet av det ovenfor for sortering og søk: organisasjonens navn, sorteringsnøkler og sifrene i telefonnumrene.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versjon %1</translation>
    </message>
    <message>
        <source>The wording shown when the permissions in force were given:</source>
        <translation>Ordlyden som ble vist da de gjeldende samtykkene ble gitt:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>wording version %1</source>
        <translation>ordlyd versjon %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>slettet %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
</context>
<context>
    <name>SubjectPdf</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan ikke skrives.</translation>
    </message>
</context>
<context>
    <name>SyncEndpoint</name>
    <message>
        <source>Reading the replica id</source>
        <translation>Leser replika-id-en</translation>
    </message>
    <message>
        <source>The table %1 does not sync.</source>
        <translation>Tabellen %1 synkroniseres ikke.</translation>
    </message>
    <message>
        <source>Reading %1 for sync</source>
        <translation>Leser %1 for synkronisering</translation>
    </message>
    <message>
        <source>Reading the change feed</source>
        <translation>Leser endringsstrømmen</translation>
    </message>
    <message>
        <source>Reading the sync clock</source>
        <translation>Leser synkroniseringsklokken</translation>
    </message>
    <message>
        <source>Reading erasures</source>
        <translation>Leser slettinger</translation>
    </message>
    <message>
        <source>Applying changes from %1</source>
        <translation>Tar inn endringer fra %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; nothing of this batch was kept.</source>
        <translation>Forbindelsen til %1 ble brutt; ingenting av denne puljen ble tatt vare på.</translation>
    </message>
    <message>
        <source>Applying %1 %2</source>
        <translation>Tar inn %1 %2</translation>
    </message>
    <message>
        <source>Reading %1 %2</source>
        <translation>Leser %1 %2</translation>
    </message>
    <message>
        <source>Recording a conflict on %1 %2</source>
        <translation>Registrerer en konflikt om %1 %2</translation>
    </message>
    <message>
        <source>Reading pending references</source>
        <translation>Leser ventende referanser</translation>
    </message>
    <message>
        <source>Filling a pending reference</source>
        <translation>Fyller inn en ventende referanse</translation>
    </message>
    <message>
        <source>Applying customer %1</source>
        <translation>Tar inn kunde %1</translation>
    </message>
    <message>
        <source>Erasing customer %1</source>
        <translation>Sletter kunde %1</translation>
    </message>
    <message>
        <source>Recording what was sent</source>
        <translation>Registrerer hva som ble sendt</translation>
    </message>
    <message>
        <source>Sync stopped before it was recorded as sent.</source>
        <translation>Synkroniseringen stoppet før det ble registrert som sendt.</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>Leser synkroniseringstilstanden</translation>
    </message>
    <message>
        <source>Reading the conflict list</source>
        <translation>Leser konfliktlisten</translation>
    </message>
    <message>
        <source>Setting the sync clock</source>
        <translation>Stiller synkroniseringsklokken</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leser %1</translation>
    </message>
    <message>
        <source>%1 %2 names %3 %4, which did not come with it.</source>
        <translation>%1 %2 viser til %3 %4, som ikke kom med.</translation>
    </message>
    <message>
        <source>Reading the customers</source>
        <translation>Leser kundene</translation>
    </message>
    <message>
        <source>Applying %1</source>
        <translation>Tar inn %1</translation>
    </message>
    <message>
        <source>Stamping changes</source>
        <translation>Stempler endringer</translation>
    </message>
    <message>
        <source>Setting the sync clock right</source>
        <translation>Stiller synkroniseringsklokken riktig</translation>
    </message>
    <message>
        <source>The team database refused a change stamped %1 min ahead of its clock (%2 %3): the clock of the computer that made it is wrong. Nothing of this batch was taken; the next sync corrects for the clock.</source>
        <translation>Teamdatabasen avviste en endring tidsstemplet %1 min foran klokken sin (%2 %3): klokken på datamaskinen som gjorde den, går feil. Ingenting av denne omgangen ble tatt imot; neste synkronisering korrigerer for klokken.</translation>
    </message>
    <message>
        <source>Reading which customers this computer keeps</source>
        <translation>Leser hvilke kunder denne datamaskinen beholder</translation>
    </message>
    <message>
        <source>Changing which customers this computer keeps</source>
        <translation>Endrer hvilke kunder denne datamaskinen beholder</translation>
    </message>
    <message>
        <source>Reading the team database</source>
        <translation>Leser teamdatabasen</translation>
    </message>
    <message>
        <source>“all” keeps every customer; it cannot be combined with a selection.</source>
        <translation>«all» beholder alle kunder; det kan ikke kombineres med et utvalg.</translation>
    </message>
    <message>
        <source>“%1” does not say which customers to keep: use owner=NAME, tag=NAME, country=CODE or all.</source>
        <translation>«%1» sier ikke hvilke kunder som skal beholdes: bruk owner=NAVN, tag=NAVN, country=KODE eller all.</translation>
    </message>
    <message>
        <source>“%1” is not a country code: use two letters, such as NO or NL.</source>
        <translation>«%1» er ikke en landkode: bruk to bokstaver, som NO eller NL.</translation>
    </message>
    <message>
        <source>The team database has no team member called “%1”.</source>
        <translation>Teamdatabasen har ikke noe teammedlem som heter «%1».</translation>
    </message>
    <message>
        <source>The team database has no tag called “%1”.</source>
        <translation>Teamdatabasen har ikke noe stikkord som heter «%1».</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>alle kunder</translation>
    </message>
    <message>
        <source>customers of “%1”</source>
        <translation>kundene til «%1»</translation>
    </message>
    <message>
        <source>customers tagged “%1”</source>
        <translation>kunder med stikkordet «%1»</translation>
    </message>
    <message>
        <source>customers in %1</source>
        <translation>kunder i %1</translation>
    </message>
    <message>
        <source>Reading which customers a laptop keeps</source>
        <translation>Leser hvilke kunder en bærbar beholder</translation>
    </message>
    <message>
        <source>Reading the records of customers</source>
        <translation>Leser kundenes poster</translation>
    </message>
    <message>
        <source>Reading the customers here</source>
        <translation>Leser kundene her</translation>
    </message>
    <message>
        <source>Removing customers this computer no longer keeps</source>
        <translation>Fjerner kunder som denne datamaskinen ikke lenger beholder</translation>
    </message>
    <message>
        <source>Reading the customer table&apos;s columns</source>
        <translation>Leser kolonnene i kundetabellen</translation>
    </message>
    <message>
        <source>The team database&apos;s customer table has no column %1.</source>
        <translation>Kundetabellen i teamdatabasen har ingen kolonne %1.</translation>
    </message>
</context>
<context>
    <name>Synchroniser</name>
    <message>
        <source>A database cannot sync with itself.</source>
        <translation>En database kan ikke synkronisere med seg selv.</translation>
    </message>
    <message>
        <source>The connection to the server was lost after it took the changes.</source>
        <translation>Forbindelsen til serveren ble brutt etter at den tok imot endringene.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dager</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the team server&apos;s; Relatio goes by the server&apos;s time from now on.</source>
        <translation>Klokken på denne datamaskinen går %1 foran teamserverens; Relatio følger serverens tid fra nå av.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the team server&apos;s; Relatio goes by the server&apos;s time from now on.</source>
        <translation>Klokken på denne datamaskinen går %1 etter teamserverens; Relatio følger serverens tid fra nå av.</translation>
    </message>
    <message>
        <source>1 record changed here meanwhile now carries the corrected time.</source>
        <translation>1 post som er endret her i mellomtiden, har nå den korrigerte tiden.</translation>
    </message>
    <message>
        <source>%1 records changed here meanwhile now carry the corrected time.</source>
        <translation>%1 poster som er endret her i mellomtiden, har nå den korrigerte tiden.</translation>
    </message>
    <message>
        <source>1 record changed here carried a time ahead of the team server&apos;s clock; it now carries the time of this sync.</source>
        <translation>1 post som ble endret her, hadde en tid foran teamserverens klokke; den har nå tiden for denne synkroniseringen.</translation>
    </message>
    <message>
        <source>%1 records changed here carried times ahead of the team server&apos;s clock; they now carry the time of this sync.</source>
        <translation>%1 poster som ble endret her, hadde tider foran teamserverens klokke; de har nå tiden for denne synkroniseringen.</translation>
    </message>
    <message>
        <source>1 customer left the selection this computer keeps; it stays on the team database.</source>
        <translation>1 kunde falt utenfor utvalget denne datamaskinen beholder; kunden blir værende i teamdatabasen.</translation>
    </message>
    <message>
        <source>%1 customers left the selection this computer keeps; they stay on the team database.</source>
        <translation>%1 kunder falt utenfor utvalget denne datamaskinen beholder; de blir værende i teamdatabasen.</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Denne installasjonen når ikke PostgreSQL: Qts PostgreSQL-driver (Debian-pakken libqt6sql6-psql) mangler.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan ikke koble til %1: %2</translation>
    </message>
    <message>
        <source>Reading the team database</source>
        <translation>Leser teamdatabasen</translation>
    </message>
    <message>
        <source>The database %1 holds another schema (version %2); this Relatio makes version %3 and leaves it untouched.</source>
        <translation>Databasen %1 har et annet skjema (versjon %2); denne Relatio lager versjon %3 og lar den være urørt.</translation>
    </message>
    <message>
        <source>Creating the team database on %1</source>
        <translation>Oppretter teamdatabasen på %1</translation>
    </message>
    <message>
        <source>%1 is not a Relatio team database yet: create it with relatio-cli --server URL init.</source>
        <translation>%1 er ikke en Relatio-teamdatabase ennå: opprett den med relatio-cli --server URL init.</translation>
    </message>
    <message>
        <source>The team database %1 has schema version %2; this Relatio works with %3.</source>
        <translation>Teamdatabasen %1 har skjemaversjon %2; denne Relatio arbeider med %3.</translation>
    </message>
    <message>
        <source>Reading the connection</source>
        <translation>Leser forbindelsen</translation>
    </message>
    <message>
        <source>Cleaning up the team database</source>
        <translation>Rydder opp i teamdatabasen</translation>
    </message>
    <message>
        <source>Upgrading the team database on %1</source>
        <translation>Oppgraderer teamdatabasen på %1</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation>nå nettopp</translation>
    </message>
    <message>
        <source>1 min ago</source>
        <translation>for 1 min siden</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>for %1 min siden</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>i dag %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>i går %1</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dager</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
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
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Ukestart</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 kontakter</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 kunder</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle kontakter</translation>
    </message>
</context>
<context>
    <name>ValueStore</name>
    <message>
        <source>%1: the database is locked by another program (%2). Close it and try again.</source>
        <translation>%1: databasen er låst av et annet program (%2). Lukk programmet og prøv igjen.</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2).</source>
        <translation>%1: disken er full (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No purchases</source>
        <translation>Ingen kjøp</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>uker</translation>
    </message>
    <message>
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Analysen ble avbrutt.</translation>
    </message>
    <message>
        <source>The horizon must be from 1 to 1200 months.</source>
        <translation>Horisonten må være fra 1 til 1200 måneder.</translation>
    </message>
    <message>
        <source>The monthly discount rate must be above -1 and at most 1 (0.01 is 1%).</source>
        <translation>Den månedlige diskonteringsrenten må være over -1 og høyst 1 (0.01 er 1 %).</translation>
    </message>
    <message>
        <source>The margin must be a number of 0 or more.</source>
        <translation>Marginen må være et tall som er 0 eller mer.</translation>
    </message>
    <message>
        <source>There is no database connection.</source>
        <translation>Det finnes ingen databasetilkobling.</translation>
    </message>
    <message>
        <source>Reading the purchases…</source>
        <translation>Leser kjøpene…</translation>
    </message>
    <message>
        <source>Reading the customers</source>
        <translation>Lesing av kundene</translation>
    </message>
    <message>
        <source>Reading the purchases</source>
        <translation>Lesing av kjøpene</translation>
    </message>
    <message>
        <source>Purchase %1 has no valid date (ordered_on &apos;%2&apos;; YYYY-MM-DD expected).</source>
        <translation>Kjøp %1 har ingen gyldig dato (ordered_on &apos;%2&apos;; forventet YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The purchases use more than 255 currencies.</source>
        <translation>Kjøpene bruker mer enn 255 valutaer.</translation>
    </message>
    <message>
        <source>No purchase is in the currency %1.</source>
        <translation>Ingen kjøp er i valutaen %1.</translation>
    </message>
    <message>
        <source>Clearing the value analysis</source>
        <translation>Tømming av verdianalysen</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Ingen ordrer ennå.</translation>
    </message>
    <message>
        <source>Summarising the customers…</source>
        <translation>Oppsummerer kundene…</translation>
    </message>
    <message>
        <source>No purchase falls on or before the end of the calibration period, %1.</source>
        <translation>Ingen kjøp faller på eller før slutten av kalibreringsperioden, %1.</translation>
    </message>
    <message>
        <source>Fitting the purchase model (BG/NBD)…</source>
        <translation>Tilpasser kjøpsmodellen (BG/NBD)…</translation>
    </message>
    <message>
        <source>Purchase model (BG/NBD): %1</source>
        <translation>Kjøpsmodell (BG/NBD): %1</translation>
    </message>
    <message>
        <source>Fitting the spend model (Gamma-Gamma)…</source>
        <translation>Tilpasser beløpsmodellen (Gamma-Gamma)…</translation>
    </message>
    <message>
        <source>Spend model (Gamma-Gamma): %1</source>
        <translation>Beløpsmodell (Gamma-Gamma): %1</translation>
    </message>
    <message>
        <source>Computing the lifetime values…</source>
        <translation>Beregner kundeverdiene…</translation>
    </message>
    <message>
        <source>Saving the results…</source>
        <translation>Lagrer resultatene…</translation>
    </message>
    <message>
        <source>Saving the value analysis</source>
        <translation>Lagring av verdianalysen</translation>
    </message>
    <message>
        <source>Saving the fitted models</source>
        <translation>Lagring av de tilpassede modellene</translation>
    </message>
    <message>
        <source>Saving the customer values</source>
        <translation>Lagring av kundeverdiene</translation>
    </message>
    <message>
        <source>Saving the value of customer %1</source>
        <translation>Lagring av verdien for kunde %1</translation>
    </message>
    <message>
        <source>Updating satisfaction by segment…</source>
        <translation>Oppdaterer tilfredshet per segment…</translation>
    </message>
    <message>
        <source>Updating satisfaction by segment: %1</source>
        <translation>Oppdatering av tilfredshet per segment: %1</translation>
    </message>
    <message>
        <source>Finding products bought together…</source>
        <translation>Finner produkter som kjøpes sammen…</translation>
    </message>
    <message>
        <source>The analysis was saved, but finding the products bought together failed: %1</source>
        <translation>Analysen ble lagret, men søket etter produkter som kjøpes sammen, mislyktes: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Ferdig.</translation>
    </message>
    <message>
        <source>Reading the value analysis</source>
        <translation>Lesing av verdianalysen</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s value</source>
        <translation>Lesing av kundens verdi</translation>
    </message>
    <message>
        <source>Reading the segments</source>
        <translation>Lesing av segmentene</translation>
    </message>
    <message>
        <source>Reading the segment&apos;s customers</source>
        <translation>Lesing av segmentets kunder</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>Analysed %1 · purchases up to %2, in %3 · CLV over %4 months at %5 a month · %6</source>
        <translation>Analysert %1 · kjøp til og med %2, i %3 · CLV over %4 måneder med %5 per måned · %6</translation>
    </message>
    <message>
        <source>BG/NBD: r = %1, α = %2, a = %3, b = %4 (log-likelihood %5)</source>
        <translation>BG/NBD: r = %1, α = %2, a = %3, b = %4 (log-likelihood %5)</translation>
    </message>
    <message>
        <source>BG/NBD: not fitted</source>
        <translation>BG/NBD: ikke tilpasset</translation>
    </message>
    <message>
        <source>Gamma-Gamma: p = %1, q = %2, γ = %3 (log-likelihood %4)</source>
        <translation>Gamma-Gamma: p = %1, q = %2, γ = %3 (log-likelihood %4)</translation>
    </message>
    <message>
        <source>Gamma-Gamma: not fitted</source>
        <translation>Gamma-Gamma: ikke tilpasset</translation>
    </message>
    <message>
        <source>%1 customers, %2 purchases</source>
        <translation>%1 kunder, %2 kjøp</translation>
    </message>
    <message>
        <source>%1 customers with %2 purchases up to %3, counted in %4; amounts in %5.</source>
        <translation>%1 kunder med %2 kjøp til og med %3, talt i %4; beløp i %5.</translation>
    </message>
    <message>
        <source>Not every model could be fitted: %1 The segments are still scored.</source>
        <translation>Ikke alle modellene kunne tilpasses: %1 Segmentene beregnes likevel.</translation>
    </message>
    <message>
        <source>Purchases: BG/NBD</source>
        <translation>Kjøp: BG/NBD</translation>
    </message>
    <message>
        <source>log-likelihood %1</source>
        <translation>log-likelihood %1</translation>
    </message>
    <message>
        <source>A typical active customer buys about %1 times a year; after each purchase about %2 in 100 customers stop buying for good.</source>
        <translation>En typisk aktiv kunde kjøper omtrent %1 ganger i året; etter hvert kjøp slutter omtrent %2 av 100 kunder å kjøpe for godt.</translation>
    </message>
    <message>
        <source>Not fitted: P(alive), expected purchases and CLV are left empty.</source>
        <translation>Ikke tilpasset: P(alive), forventede kjøp og CLV står tomme.</translation>
    </message>
    <message>
        <source>Assumes: while a customer is active, purchases come at random at a steady rate of their own (Poisson); the rates differ between customers as a gamma distribution; after each purchase a customer may drop out for good, with a probability that differs between customers as a beta distribution. Dropping out is never seen directly: a customer who has not bought for a long time, compared with how often they used to, has a low P(alive). Dropping out can only follow a purchase, so a customer who bought once and never again has P(alive) = 100%: the model has nothing to tell them apart by (Hibernating and New Customers are mostly such customers; their low expected purchases still keep their CLV small).</source>
        <translation>Forutsetter: mens en kunde er aktiv, kommer kjøpene tilfeldig i et jevnt tempo som er kundens eget (Poisson); tempoet varierer mellom kundene etter en gammafordeling; etter hvert kjøp kan en kunde falle fra for godt, med en sannsynlighet som varierer mellom kundene etter en betafordeling. Frafall ses aldri direkte: en kunde som ikke har kjøpt på lenge, sammenlignet med hvor ofte kunden pleide å kjøpe, har lav P(alive). Frafall kan bare komme etter et kjøp, så en kunde som kjøpte én gang og aldri igjen, har P(alive) = 100 %: modellen har ingenting å skille slike kunder fra hverandre på («I dvale» og «Nye kunder» er for det meste slike kunder; de lave forventede kjøpene deres holder likevel CLV-en lav).</translation>
    </message>
    <message>
        <source>Spend: Gamma-Gamma</source>
        <translation>Kjøpsbeløp: Gamma-Gamma</translation>
    </message>
    <message>
        <source>Mean spend per purchase across customers: %1 %2.</source>
        <translation>Gjennomsnittlig beløp per kjøp på tvers av kundene: %1 %2.</translation>
    </message>
    <message>
        <source>Not fitted: expected spend and CLV are left empty.</source>
        <translation>Ikke tilpasset: forventet beløp og CLV står tomme.</translation>
    </message>
    <message>
        <source>Assumes: what a customer spends per purchase varies around a mean of their own, and those means differ between customers; spend does not depend on how often a customer buys. A customer with few purchases is therefore pulled towards the mean of all customers, and one with many is judged mostly by their own spend. Check that big spenders do not buy more or less often than others before trusting the CLV.</source>
        <translation>Forutsetter: det en kunde bruker per kjøp, varierer rundt kundens eget gjennomsnitt, og disse gjennomsnittene varierer mellom kundene; beløpet avhenger ikke av hvor ofte en kunde kjøper. En kunde med få kjøp trekkes derfor mot gjennomsnittet for alle kunder, mens en kunde med mange kjøp vurderes mest ut fra sine egne beløp. Kontroller at kunder som bruker mye, ikke kjøper oftere eller sjeldnere enn andre, før du stoler på CLV-en.</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundeverdi (CLV)</translation>
    </message>
    <message>
        <source>CLV = expected purchases in each of the next %1 months × expected spend, each month discounted by %2; revenue, not profit. Tiers rank the customers by CLV: 1 = top 10%, 2 = next 20%, 3 = next 30%, 4 = the rest. Segments come from recency and frequency scores 1–5 by quintile (5 best).</source>
        <translation>CLV = forventede kjøp i hver av de neste %1 månedene × forventet beløp, der hver måned diskonteres med %2; omsetning, ikke fortjeneste. Nivåene rangerer kundene etter CLV: 1 = topp 10 %, 2 = neste 20 %, 3 = neste 30 %, 4 = resten. Segmentene bygger på poeng 1–5 for aktualitet og frekvens, etter kvintil (5 er best).</translation>
    </message>
</context>
<context>
    <name>WorkingCopy</name>
    <message>
        <source>A copy is kept of a team database only.</source>
        <translation>Det holdes bare kopi av en teamdatabase.</translation>
    </message>
    <message>
        <source>The folder for this computer&apos;s copy of the team database cannot be made: %1</source>
        <translation>Mappen for denne datamaskinens kopi av teamdatabasen kan ikke opprettes: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the team database cannot be locked: %1 cannot be written.</source>
        <translation>Denne datamaskinens kopi av teamdatabasen kan ikke låses: %1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leser %1</translation>
    </message>
    <message>
        <source>%1 syncs with another team database; move it aside and try again.</source>
        <translation>%1 synkroniseres med en annen teamdatabase; flytt den til side og prøv igjen.</translation>
    </message>
    <message>
        <source>Syncing this computer&apos;s copy of the team database: %1</source>
        <translation>Synkroniserer denne datamaskinens kopi av teamdatabasen: %1</translation>
    </message>
    <message>
        <source>The changes are in this computer&apos;s copy of the team database (%1) but could not be sent to the team database yet: %2 They are sent with the next import into the team database from this computer.</source>
        <translation>Endringene ligger i denne datamaskinens kopi av teamdatabasen (%1), men kunne ikke sendes til teamdatabasen ennå: %2 De sendes med neste import til teamdatabasen fra denne datamaskinen.</translation>
    </message>
    <message>
        <source>Sent to the team database: %1 records.</source>
        <translation>Sendt til teamdatabasen: %1 poster.</translation>
    </message>
    <message>
        <source>Sent to the team database: %1 records; %2 of their fields had been changed by colleagues meanwhile, and the newer change was kept (the other is listed with the record as an overwritten edit).</source>
        <translation>Sendt til teamdatabasen: %1 poster; %2 av feltene deres var endret av kolleger i mellomtiden, og den nyeste endringen ble beholdt (den andre står ved posten som en overskrevet endring).</translation>
    </message>
    <message>
        <source>Another import, undo or value analysis on this team database is running on this computer; try again when it has finished.</source>
        <translation>En annen import, angring eller verdianalyse på denne teamdatabasen kjører allerede på denne datamaskinen; prøv igjen når den er ferdig.</translation>
    </message>
    <message>
        <source>Cancelled while this computer&apos;s copy of the team database was brought up to date; nothing was written.</source>
        <translation>Avbrutt mens denne datamaskinens kopi av teamdatabasen ble oppdatert; ingenting ble skrevet.</translation>
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
    <message>
        <source>Work on the team database at &lt;url&gt; (postgresql://USER@HOST:PORT/DB) instead of a Relatio file.</source>
        <translation>Arbeid i teamdatabasen på &lt;url&gt; (postgresql://USER@HOST:PORT/DB) i stedet for i en Relatio-fil.</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Give --db or --server, not both.</source>
        <translation>Oppgi --db eller --server, ikke begge.</translation>
    </message>
    <message>
        <source>The team database was not opened; this is the Relatio file on this computer (File › Open Team Database… opens it).</source>
        <translation>Teamdatabasen ble ikke åpnet; dette er Relatio-filen på denne datamaskinen (Fil › Åpne teamdatabase… åpner den).</translation>
    </message>
</context>
<context>
    <name>relatio::AnalysisRunner</name>
    <message>
        <source>Bringing this computer&apos;s copy of the team database up to date: %1 records</source>
        <translation>Oppdaterer denne datamaskinens kopi av teamdatabasen: %1 poster</translation>
    </message>
</context>
<context>
    <name>relatio::AssessmentDialog</name>
    <message>
        <source>CRM maturity self-assessment: %1</source>
        <translation>Egenvurdering av CRM-modenhet: %1</translation>
    </message>
    <message>
        <source>Who answered the statements</source>
        <translation>Hvem som svarte på påstandene</translation>
    </message>
    <message>
        <source>Context, participants, agreements</source>
        <translation>Bakgrunn, deltakere, avtaler</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>&amp;Vurdert av:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>Score each statement for %1 from 1 (disagree) to 5 (agree). A score of 4 or 5 counts as met. The phase reached is the highest phase whose statements, and those of all lower phases, are met.</source>
        <translation>Gi hver påstand for %1 en poengsum fra 1 (uenig) til 5 (enig). En poengsum på 4 eller 5 regnes som oppfylt. Fasen som er nådd, er den høyeste fasen der påstandene, og påstandene i alle lavere faser, er oppfylt.</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
    <message>
        <source>With these answers: phase %1, %2.</source>
        <translation>Med disse svarene: fase %1, %2.</translation>
    </message>
    <message>
        <source>Assessment not saved</source>
        <translation>Vurderingen ble ikke lagret</translation>
    </message>
</context>
<context>
    <name>relatio::ChangeHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
</context>
<context>
    <name>relatio::ChannelFiguresModel</name>
    <message>
        <source>Mean customer satisfaction score, 1 (very unhappy) to 5 (very happy)</source>
        <translation>Gjennomsnittlig kundetilfredshet, fra 1 (svært misfornøyd) til 5 (svært fornøyd)</translation>
    </message>
    <message>
        <source>The true figure lies in this range with 95% confidence</source>
        <translation>Den sanne verdien ligger i dette intervallet med 95 % sikkerhet</translation>
    </message>
    <message>
        <source>Net promoter score: % promoters (9–10) minus % detractors (0–6), −100 to +100</source>
        <translation>Net promoter score: % ambassadører (9–10) minus % kritikere (0–6), fra −100 til +100</translation>
    </message>
    <message>
        <source>Answers the figure rests on; below %1 it is too uncertain to compare</source>
        <translation>Antall svar tallet bygger på; under %1 er det for usikkert til å sammenligne</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT 95% interval</source>
        <translation>CSAT 95 %-intervall</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT-svar</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS 95% interval</source>
        <translation>NPS 95 %-intervall</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
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
        <translation>for få svar</translation>
    </message>
</context>
<context>
    <name>relatio::ChannelListModel</name>
    <message>
        <source>Retired: kept in history only</source>
        <translation>Deaktivert: bare bevart i historikken</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Public (social)</source>
        <translation>Offentlig (sosial)</translation>
    </message>
    <message>
        <source>Not public</source>
        <translation>Ikke offentlig</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>Dobbeltklikk eller trykk F2 for å gi nytt navn</translation>
    </message>
    <message>
        <source>Built-in channel “%1”, renamed; clear the name to go back to it.</source>
        <translation>Innebygd kanal «%1», med nytt navn; tøm navnet for å gå tilbake til det opprinnelige.</translation>
    </message>
    <message>
        <source>Public (social) channels: a complaint there may be picked up by anyone on the team</source>
        <translation>Offentlige (sosiale) kanaler: en klage der kan tas av hvem som helst i teamet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Social (public)</source>
        <translation>Sosial (offentlig)</translation>
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
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>The ways customers reach you. Double-click a name to rename it. A public (social) channel&apos;s complaints may be picked up by anyone on the team. A retired channel stays in the history but is not offered for new contacts.</source>
        <translation>Måtene kundene når dere på. Dobbeltklikk et navn for å gi det nytt navn. Klager i en offentlig (sosial) kanal kan tas av hvem som helst i teamet. En deaktivert kanal blir værende i historikken, men tilbys ikke for nye kontakter.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Gi nytt &amp;navn</translation>
    </message>
    <message>
        <source>Rename the selected channel (F2)</source>
        <translation>Gi den valgte kanalen nytt navn (F2)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Flytt n&amp;ed</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>B&amp;ring Back</source>
        <translation>&amp;Aktiver igjen</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Legg til kanal</translation>
    </message>
    <message>
        <source>Public (social): anyone on the team may pick up its complaints</source>
        <translation>Offentlig (sosial): hvem som helst i teamet kan ta klagene herfra</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>relatio::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Save this chart as an image or a PDF file, or print it</source>
        <translation>Lagre dette diagrammet som et bilde eller en PDF-fil, eller skriv det ut</translation>
    </message>
    <message>
        <source>Save as &amp;PNG Image…</source>
        <translation>Lagre som &amp;PNG-bilde…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Eksporter som P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>Save Chart as PNG Image</source>
        <translation>Lagre diagrammet som PNG-bilde</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Lagre diagrammet</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 er lagret.</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>Eksporter diagrammet som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Eksporter diagrammet</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Skriv ut diagrammet</translation>
    </message>
</context>
<context>
    <name>relatio::ComplaintListModel</name>
    <message>
        <source>%1 (public)</source>
        <translation>%1 (offentlig)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <source>A public channel: anyone on the team may pick this complaint up.</source>
        <translation>En offentlig kanal: hvem som helst i teamet kan ta denne klagen.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Tidsbruk</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Tatt av</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
</context>
<context>
    <name>relatio::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>Klager</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Recently &amp;Resolved</source>
        <translation>&amp;Nylig løste</translation>
    </message>
    <message>
        <source>Complaints no one has resolved yet, the oldest first</source>
        <translation>Klager som ingen har løst ennå, de eldste først</translation>
    </message>
    <message>
        <source>Resolved complaints, the latest first, with who took them</source>
        <translation>Løste klager, de nyeste først, med hvem som tok dem</translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation>de siste %1 dagene</translation>
    </message>
    <message>
        <source>&amp;Social channels only</source>
        <translation>Bare &amp;sosiale kanaler</translation>
    </message>
    <message>
        <source>Only complaints made in public, which anyone on the team may pick up</source>
        <translation>Bare klager som er fremsatt offentlig, og som hvem som helst i teamet kan ta</translation>
    </message>
    <message>
        <source>&amp;Take It</source>
        <translation>&amp;Ta klagen</translation>
    </message>
    <message>
        <source>You pick up this complaint</source>
        <translation>Du tar denne klagen</translation>
    </message>
    <message>
        <source>&amp;Give Back</source>
        <translation>&amp;Gi tilbake</translation>
    </message>
    <message>
        <source>Nobody has it any more; anyone may take it</source>
        <translation>Ingen har den lenger; hvem som helst kan ta den</translation>
    </message>
    <message>
        <source>The complaint has been dealt with</source>
        <translation>Klagen er ferdigbehandlet</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>Åpne &amp;igjen</translation>
    </message>
    <message>
        <source>The complaint needs more work</source>
        <translation>Klagen trenger mer arbeid</translation>
    </message>
    <message>
        <source>Open &amp;Customer</source>
        <translation>Åpne &amp;kunde</translation>
    </message>
    <message>
        <source>Show the customer&apos;s card with this contact (double-click)</source>
        <translation>Vis kundekortet med denne kontakten (dobbeltklikk)</translation>
    </message>
    <message>
        <source>1 open complaint</source>
        <translation>1 åpen klage</translation>
    </message>
    <message>
        <source>%1 open complaints</source>
        <translation>%1 åpne klager</translation>
    </message>
    <message>
        <source>%1 not taken</source>
        <translation>%1 ikke tatt</translation>
    </message>
    <message>
        <source>&amp;Open (%1)</source>
        <translation>&amp;Åpne (%1)</translation>
    </message>
    <message>
        <source>1 resolved</source>
        <translation>1 løst</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 løst</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>viser de første %1</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Overta</translation>
    </message>
    <message>
        <source>Taken by %1, %2</source>
        <translation>Tatt av %1, %2</translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation>Ikke tatt ennå</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>løst %1</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>Overta</translation>
    </message>
    <message>
        <source>%1 took this complaint %2. Take it over?</source>
        <translation>%1 tok denne klagen %2. Vil du overta den?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>You took the complaint of %1.</source>
        <translation>Du tok klagen fra %1.</translation>
    </message>
    <message>
        <source>Resolve complaint of %1</source>
        <translation>markering av klagen fra %1 som løst</translation>
    </message>
    <message>
        <source>Resolved the complaint of %1. Undo (Ctrl+Z) reopens it.</source>
        <translation>Klagen fra %1 er markert som løst. Angre (Ctrl+Z) åpner den igjen.</translation>
    </message>
    <message>
        <source>Resol&amp;ved</source>
        <translation>&amp;Løst</translation>
    </message>
</context>
<context>
    <name>relatio::ConflictDialog</name>
    <message>
        <source>Edits overwritten by sync — %1</source>
        <translation>Endringer overskrevet av synkronisering — %1</translation>
    </message>
    <message>
        <source>The same field was changed in two places before they synced. The newest change was kept everywhere; the other is listed here. Put it back if it was the right one, or keep what won.</source>
        <translation>Det samme feltet ble endret to steder før de synkroniserte. Den nyeste endringen ble beholdt overalt; den andre står her. Sett den tilbake hvis den var riktig, eller behold den som vant.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Overwritten value</source>
        <translation>Overskrevet verdi</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Beholdt verdi</translation>
    </message>
    <message>
        <source>&amp;Put Back the Overwritten Value</source>
        <translation>&amp;Sett tilbake den overskrevne verdien</translation>
    </message>
    <message>
        <source>&amp;Keep the Kept Value</source>
        <translation>&amp;Behold den beholdte verdien</translation>
    </message>
    <message>
        <source>Writes the overwritten value as a new edit here; it reaches everyone at the next sync</source>
        <translation>Skriver den overskrevne verdien som en ny endring her; den når alle ved neste synkronisering</translation>
    </message>
    <message>
        <source>Closes the entry; the record stays as it is</source>
        <translation>Lukker oppføringen; posten forblir som den er</translation>
    </message>
    <message>
        <source>The record has been changed again since.</source>
        <translation>Posten er endret igjen siden.</translation>
    </message>
    <message>
        <source>Edits overwritten by sync</source>
        <translation>Endringer overskrevet av synkronisering</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Post og felt</translation>
    </message>
    <message>
        <source>Sync has overwritten no edits here that are still to be reviewed.</source>
        <translation>Synkroniseringen har ikke overskrevet noen endringer som gjenstår å se gjennom.</translation>
    </message>
    <message>
        <source>written %1
on %2</source>
        <translation>skrevet %1
på %2</translation>
    </message>
</context>
<context>
    <name>relatio::ConflictIndicator</name>
    <message>
        <source>Unnamed customer</source>
        <translation>Kunde uten navn</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>and %1 more customers</source>
        <translation>og %1 kunder til</translation>
    </message>
    <message>
        <source>Team members, tags, orders and other records (%1)…</source>
        <translation>Teammedlemmer, stikkord, ordrer og andre poster (%1)…</translation>
    </message>
    <message>
        <source>Overwritten edits to review: %1</source>
        <translation>Overskrevne endringer å se gjennom: %1</translation>
    </message>
    <message>
        <source>Edits that sync overwrote with changes made elsewhere at the same time. Open a record to put its value back or keep what won.</source>
        <translation>Endringer som synkroniseringen overskrev med endringer gjort et annet sted samtidig. Åpne en post for å sette verdien tilbake eller beholde det som vant.</translation>
    </message>
</context>
<context>
    <name>relatio::ConflictNotice</name>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Gå gjennom…</translation>
    </message>
    <message numerus="yes">
        <source>Edits on this record that sync overwrote with changes made elsewhere at the same time: %n.</source>
        <translation>
            <numerusform>Synkroniseringen overskrev %n endring på denne posten med en endring gjort et annet sted samtidig.</numerusform>
            <numerusform>Synkroniseringen overskrev %n endringer på denne posten med endringer gjort et annet sted samtidig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relatio::ConsentDialog</name>
    <message>
        <source>Record Permission</source>
        <translation>Registrer samtykke</translation>
    </message>
    <message>
        <source>Record Address Confirmation</source>
        <translation>Registrer adressebekreftelse</translation>
    </message>
    <message>
        <source>Record Withdrawal</source>
        <translation>Registrer tilbaketrekking</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>Confirmed &amp;on:</source>
        <translation>Bekreftet &amp;den:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Når:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <source>The exact wording the customer saw or heard. To change it, add a new version.</source>
        <translation>Den nøyaktige ordlyden kunden så eller hørte. Legg til en ny versjon for å endre den.</translation>
    </message>
    <message>
        <source>&amp;Wording shown:</source>
        <translation>&amp;Ordlyd som ble vist:</translation>
    </message>
    <message>
        <source>For example: the confirmation link, the IP address</source>
        <translation>For eksempel: bekreftelseslenken, IP-adressen</translation>
    </message>
    <message>
        <source>For example: form name, IP address, call reference</source>
        <translation>For eksempel: skjemanavn, IP-adresse, samtalereferanse</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Dokumentasjon:</translation>
    </message>
    <message>
        <source>Record</source>
        <comment>button: store the entry</comment>
        <translation>Registrer</translation>
    </message>
    <message>
        <source>This permission counts only once the e-mail address has confirmed it (double opt-in). Record the confirmation when it arrives.</source>
        <translation>Dette samtykket gjelder først når e-postadressen har bekreftet det (dobbel bekreftelse, double opt-in). Registrer bekreftelsen når den kommer.</translation>
    </message>
    <message>
        <source>From now on the customer is left out of lists for this purpose. Earlier entries stay as proof.</source>
        <translation>Fra nå av blir kunden utelatt fra lister for dette formålet. Tidligere oppføringer blir stående som dokumentasjon.</translation>
    </message>
    <message>
        <source>This purpose has no wording yet: add one under Permission Purposes first.</source>
        <translation>Dette formålet har ingen ordlyd ennå: legg til en under Samtykkeformål først.</translation>
    </message>
</context>
<context>
    <name>relatio::ConsentLedgerModel</name>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Registrert %1 av %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Ordlyd</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
</context>
<context>
    <name>relatio::ConsentPanel</name>
    <message>
        <source>Record &amp;Permission…</source>
        <translation>Registrer &amp;samtykke…</translation>
    </message>
    <message>
        <source>Record that the customer gave permission, how, and the wording they were shown</source>
        <translation>Registrer at kunden ga samtykke, hvordan, og ordlyden kunden ble vist</translation>
    </message>
    <message>
        <source>&amp;Confirm Address…</source>
        <translation>&amp;Bekreft adresse…</translation>
    </message>
    <message>
        <source>Record that the e-mail address confirmed the permission (double opt-in)</source>
        <translation>Registrer at e-postadressen bekreftet samtykket (dobbel bekreftelse, double opt-in)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Trekk tilbake…</translation>
    </message>
    <message>
        <source>Record that the customer took the permission back</source>
        <translation>Registrer at kunden trakk tilbake samtykket</translation>
    </message>
    <message>
        <source>Permissions for marketing</source>
        <translation>Samtykker til markedsføring</translation>
    </message>
    <message>
        <source>The state per purpose follows from the entries below; entries are never changed or removed, so they prove each permission.</source>
        <translation>Statusen per formål følger av oppføringene nedenfor; oppføringer blir aldri endret eller fjernet, slik at de dokumenterer hvert samtykke.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Oppføringer</translation>
    </message>
</context>
<context>
    <name>relatio::ConsentStateModel</name>
    <message>
        <source>%1, confirmed %2</source>
        <translation>%1, bekreftet %2</translation>
    </message>
    <message>
        <source>Counts only once the e-mail address has confirmed it (double opt-in).</source>
        <translation>Gjelder først når e-postadressen har bekreftet det (dobbel bekreftelse, double opt-in).</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Ordlyd</translation>
    </message>
</context>
<context>
    <name>relatio::ContactEntryForm</name>
    <message>
        <source>Where the contact took place</source>
        <translation>Hvor kontakten fant sted</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Add, rename or retire channels</source>
        <translation>Legg til, gi nytt navn til eller deaktiver kanaler</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Incoming: the customer contacted us. Outgoing: we contacted the customer.</source>
        <translation>Innkommende: kunden kontaktet oss. Utgående: vi kontaktet kunden.</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <source>The team member who handled the contact</source>
        <translation>Teammedlemmet som behandlet kontakten</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>Behandlet av:</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Hva det gjaldt</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>Optional; Shift+Enter for a new line</source>
        <translation>Valgfritt; Shift+Enter for ny linje</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notater:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Satisfaction with this contact, 1 (very unhappy) to 5 (very happy), if the customer said</source>
        <translation>Tilfredshet med denne kontakten, fra 1 (svært misfornøyd) til 5 (svært fornøyd), hvis kunden sa det</translation>
    </message>
    <message>
        <source>How likely the customer is to recommend us, 0 to 10, if asked</source>
        <translation>Hvor sannsynlig det er at kunden anbefaler oss, fra 0 til 10, hvis kunden ble spurt</translation>
    </message>
    <message>
        <source>When the contact took place (now unless you change it)</source>
        <translation>Når kontakten fant sted (nå, med mindre du endrer det)</translation>
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
        <translation>Når:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Lukk uten å lagre (Esc)</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Lagre kontakt</translation>
    </message>
    <message>
        <source>Save the contact (Enter)</source>
        <translation>Lagre kontakten (Enter)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (deaktivert)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Rediger kontakt</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Lagre endringer</translation>
    </message>
    <message>
        <source>Give a subject or a note, so the contact can be told apart later.</source>
        <translation>Oppgi et emne eller et notat, slik at kontakten kan skilles fra andre senere.</translation>
    </message>
    <message>
        <source>Contact saved, together with changes made elsewhere meanwhile to: %1.</source>
        <translation>Kontakten er lagret, sammen med endringer gjort et annet sted i mellomtiden i: %1.</translation>
    </message>
    <message>
        <source>The contact “%1”</source>
        <translation>Kontakten «%1»</translation>
    </message>
    <message>
        <source>Not saved: the contact was changed elsewhere. Your changes are still in the form.</source>
        <translation>Ikke lagret: kontakten er endret et annet sted. Endringene dine står fortsatt i skjemaet.</translation>
    </message>
</context>
<context>
    <name>relatio::ContactsPanel</name>
    <message>
        <source>New Contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Enter a contact with this customer (Ctrl+Shift+N)</source>
        <translation>Registrer en kontakt med denne kunden (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>Kanaler…</translation>
    </message>
    <message>
        <source>Add, rename or retire channels</source>
        <translation>Legg til, gi nytt navn til eller deaktiver kanaler</translation>
    </message>
    <message>
        <source>Show the contacts of one channel</source>
        <translation>Vis kontaktene i én kanal</translation>
    </message>
    <message>
        <source>Show the contacts of one kind</source>
        <translation>Vis kontaktene av én type</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>Contacts, newest first</source>
        <translation>Kontakter, nyeste først</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Change the selected contact (Enter or F2)</source>
        <translation>Endre den valgte kontakten (Enter eller F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected contact (Delete); Undo brings it back</source>
        <translation>Slett den valgte kontakten (Delete); Angre henter den tilbake</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Oppfølging…</translation>
    </message>
    <message>
        <source>Plan a follow-up on the selected contact</source>
        <translation>Planlegg en oppfølging av den valgte kontakten</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Rediger kontakt</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Slett kontakt</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakten er lagret.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (deaktivert)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 vises</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Deleted the contact “%1”. Undo (Ctrl+Z) brings it back.</source>
        <translation>Kontakten «%1» er slettet. Angre (Ctrl+Z) henter den tilbake.</translation>
    </message>
    <message>
        <source>On the contact “%1” of %2</source>
        <translation>Om kontakten «%1» fra %2</translation>
    </message>
    <message>
        <source>Follow-up added.</source>
        <translation>Oppfølgingen er lagt til.</translation>
    </message>
    <message>
        <source>No contacts match the filter.</source>
        <translation>Ingen kontakter samsvarer med filteret.</translation>
    </message>
    <message>
        <source>No contacts with this customer yet. Press Ctrl+Shift+N to enter one.</source>
        <translation>Ingen kontakter med denne kunden ennå. Trykk Ctrl+Shift+N for å registrere en.</translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>Behandlet av %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Løst %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>taken by %1, %2</source>
        <translation>tatt av %1, %2</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>Klage: %1</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Ingen notater.</translation>
    </message>
</context>
<context>
    <name>relatio::CopyRefresher</name>
    <message>
        <source>This computer&apos;s copy of the team database could not be brought up to date: %1</source>
        <translation>Denne datamaskinens kopi av teamdatabasen kunne ikke oppdateres: %1</translation>
    </message>
</context>
<context>
    <name>relatio::CostsDialog</name>
    <message>
        <source>Acquisition</source>
        <translation>Kundeanskaffelse</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundebevaring</translation>
    </message>
    <message>
        <source>Acquisition and Retention Costs</source>
        <translation>Kostnader til kundeanskaffelse og kundebevaring</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>Vis &amp;slettede</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Sl&amp;ett</translation>
    </message>
    <message>
        <source>Record what was spent to win new customers (acquisition) and to keep existing ones (retention), per segment and channel. A cost is spread evenly over the days of its period in the return per segment.</source>
        <translation>Registrer hva som ble brukt på å vinne nye kunder (kundeanskaffelse) og på å beholde eksisterende kunder (kundebevaring), per segment og kanal. I avkastningen per segment fordeles en kostnad jevnt over dagene i perioden.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>(deleted) %1</source>
        <translation>(slettet) %1</translation>
    </message>
    <message>
        <source>No costs recorded yet.</source>
        <translation>Ingen kostnader er registrert ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; total %1.</source>
        <translation>
            <numerusform>%n oppføring; totalt %1.</numerusform>
            <numerusform>%n oppføringer; totalt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>New Cost</source>
        <translation>Ny kostnad</translation>
    </message>
    <message>
        <source>Edit Cost</source>
        <translation>Rediger kostnad</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>What it was for, e.g. “Spring newsletter campaign”</source>
        <translation>Hva kostnaden gjaldt, f.eks. «Vårkampanje med nyhetsbrev»</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like %2.</source>
        <translation>«%1» er ikke et beløp; skriv det som %2.</translation>
    </message>
</context>
<context>
    <name>relatio::CostsReturnView</name>
    <message>
        <source>Last 12 months</source>
        <translation>Siste 12 måneder</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>I fjor</translation>
    </message>
    <message>
        <source>Last full quarter</source>
        <translation>Siste hele kvartal</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
    <message>
        <source>Only purchases and costs in this currency count</source>
        <translation>Bare kjøp og kostnader i denne valutaen telles med</translation>
    </message>
    <message>
        <source>Return on costs</source>
        <translation>Avkastning på kostnader</translation>
    </message>
    <message>
        <source>CLV per cost</source>
        <translation>CLV per kostnad</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagram:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beregner…</translation>
    </message>
    <message>
        <source>Revenue %1 against costs %2</source>
        <translation>Omsetning %1 mot kostnader %2</translation>
    </message>
    <message>
        <source>: a return of %1.</source>
        <translation>: en avkastning på %1.</translation>
    </message>
    <message>
        <source>%1 of it from customers the value analysis has not seen yet (no segment).</source>
        <translation>%1 av dette fra kunder som verdianalysen ikke har sett ennå (uten segment).</translation>
    </message>
    <message>
        <source>%1 of costs for all segments could not be shared: no customer has a segment yet.</source>
        <translation>%1 i kostnader for alle segmenter kunne ikke fordeles: ingen kunder har et segment ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n cost entries in other currencies left out.</source>
        <translation>
            <numerusform>%n kostnadsoppføring i andre valutaer er utelatt.</numerusform>
            <numerusform>%n kostnadsoppføringer i andre valutaer er utelatt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchases in other currencies left out.</source>
        <translation>Kjøp i andre valutaer er utelatt.</translation>
    </message>
    <message>
        <source>CLV is in %1, the currency of the value analysis.</source>
        <translation>CLV er i %1, valutaen i verdianalysen.</translation>
    </message>
    <message>
        <source>No costs recorded for this period: record them with Costs… to see the return per segment.</source>
        <translation>Ingen kostnader er registrert for denne perioden: registrer dem med Kostnader… for å se avkastningen per segment.</translation>
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
        <translation>Avkastning på kostnader per segment, best først</translation>
    </message>
    <message>
        <source>Customer lifetime value per unit of cost, best first</source>
        <translation>Kundeverdi (CLV) per kostnadsenhet, best først</translation>
    </message>
    <message>
        <source>Revenue above costs</source>
        <translation>Omsetning over kostnadene</translation>
    </message>
    <message>
        <source>CLV above costs</source>
        <translation>CLV over kostnadene</translation>
    </message>
    <message>
        <source>Revenue below costs</source>
        <translation>Omsetning under kostnadene</translation>
    </message>
    <message>
        <source>CLV below costs</source>
        <translation>CLV under kostnadene</translation>
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
    <message>
        <source>Import &amp;Contacts…</source>
        <translation>Importer &amp;kontakter…</translation>
    </message>
    <message>
        <source>Add contacts with customers (calls, e-mails, visits…) from a CSV file; each row names its customer by external id, e-mail address or Relatio id</source>
        <translation>Legg til kontakter med kunder (samtaler, e-poster, besøk …) fra en CSV-fil; hver rad angir kunden sin med ekstern ID, e-postadresse eller Relatio-ID</translation>
    </message>
    <message>
        <source>Export C&amp;ontacts…</source>
        <translation>Eksporter k&amp;ontakter…</translation>
    </message>
    <message>
        <source>Save contacts with customers to a CSV file that can be imported again</source>
        <translation>Lagre kontakter med kunder i en CSV-fil som kan importeres igjen</translation>
    </message>
    <message>
        <source>Imported contacts from %1: %2 new, %3 updated.</source>
        <translation>Kontakter er importert fra %1: %2 nye, %3 oppdatert.</translation>
    </message>
</context>
<context>
    <name>relatio::CurrentUserButton</name>
    <message>
        <source>You: %1</source>
        <translation>Du: %1</translation>
    </message>
    <message>
        <source>The team member you are on this computer; click to change</source>
        <translation>Teammedlemmet du er på denne datamaskinen; klikk for å endre</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <source>Choose who you are in the team, for your follow-ups and for taking complaints</source>
        <translation>Velg hvem du er i teamet, for oppfølgingene dine og for å ta klager</translation>
    </message>
</context>
<context>
    <name>relatio::CurrentUserDialog</name>
    <message>
        <source>Who Are You?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <source>Choose yourself from the team. Relatio uses it for your follow-ups, when you take a complaint, and as who handled the contacts you enter. It is remembered on this computer for this database.</source>
        <translation>Velg deg selv fra teamet. Relatio bruker det for oppfølgingene dine, når du tar en klage, og som den som behandlet kontaktene du registrerer. Valget huskes på denne datamaskinen for denne databasen.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(velg)</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Jeg er:</translation>
    </message>
    <message>
        <source>Your name, if you are not in the list</source>
        <translation>Navnet ditt, hvis du ikke står i listen</translation>
    </message>
    <message>
        <source>&amp;Or add me:</source>
        <translation>&amp;Eller legg meg til:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>relatio::CustomerController</name>
    <message>
        <source>This step cannot be undone or redone: %1 was changed elsewhere since, in fields it would overwrite (%2). Edit the record instead.</source>
        <translation>Dette trinnet kan ikke angres eller gjøres om: %1 er endret et annet sted siden, i felt det ville overskrive (%2). Rediger kunden i stedet.</translation>
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
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
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
        <translation>Utført</translation>
    </message>
    <message>
        <source>Add Follow-up…</source>
        <translation>Legg til oppfølging…</translation>
    </message>
    <message>
        <source>Plan something to do for this customer, with a due date and who does it</source>
        <translation>Planlegg noe som skal gjøres for denne kunden, med frist og ansvarlig</translation>
    </message>
    <message>
        <source>Nothing planned for this customer.</source>
        <translation>Ingenting er planlagt for denne kunden.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Change the due date, the assignee or what to do (Enter)</source>
        <translation>Endre fristen, den ansvarlige eller hva som skal gjøres (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected follow-up (Delete); Undo brings it back</source>
        <translation>Slett den valgte oppfølgingen (Delete); Angre henter den tilbake</translation>
    </message>
    <message>
        <source>Delete Follow-up</source>
        <translation>Slett oppfølging</translation>
    </message>
    <message>
        <source>Follow-up added.</source>
        <translation>Oppfølgingen er lagt til.</translation>
    </message>
    <message>
        <source>On the contact “%1”</source>
        <translation>Om kontakten «%1»</translation>
    </message>
    <message>
        <source>Follow-up deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Oppfølgingen er slettet. Angre (Ctrl+Z) henter den tilbake.</translation>
    </message>
    <message>
        <source>Not saved: the follow-up was changed elsewhere.</source>
        <translation>Ikke lagret: oppfølgingen er endret et annet sted.</translation>
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
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Value segment of the latest analysis</source>
        <translation>Verdisegment fra den siste analysen</translation>
    </message>
    <message>
        <source>No purchases, or not analysed yet</source>
        <translation>Ingen kjøp, eller ikke analysert ennå</translation>
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
    <message>
        <source>Value segment of the latest analysis (Segments page)</source>
        <translation>Verdisegment fra den siste analysen (siden Segmenter)</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle segmenter</translation>
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
        <translation>ingen pris</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>listepris</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Their prices</source>
        <translation>Kundens priser</translation>
    </message>
    <message>
        <source>Customers who bought this also bought</source>
        <translation>Kunder som kjøpte dette, kjøpte også</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Mindre</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Could not read the proposition</source>
        <translation>Kunne ikke lese verdiforslaget</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Behov:</translation>
    </message>
    <message>
        <source>Motives:</source>
        <translation>Motiver:</translation>
    </message>
    <message>
        <source>Prefers:</source>
        <translation>Foretrekker:</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Ingen persona</translation>
    </message>
    <message>
        <source>No persona rule matches this customer.</source>
        <translation>Ingen personaregel passer for denne kunden.</translation>
    </message>
    <message>
        <source>No purchases of listed products yet.</source>
        <translation>Ingen kjøp av produkter i produktlisten ennå.</translation>
    </message>
    <message>
        <source>Suggestions appear after the next value analysis.</source>
        <translation>Forslag vises etter neste verdianalyse.</translation>
    </message>
    <message>
        <source>Nothing is bought often enough with this customer&apos;s products.</source>
        <translation>Ingenting kjøpes ofte nok sammen med denne kundens produkter.</translation>
    </message>
    <message numerus="yes">
        <source>with %1 · %n customers</source>
        <translation>
            <numerusform>med %1 · %n kunde</numerusform>
            <numerusform>med %1 · %n kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relatio::CustomerValueBox</name>
    <message>
        <source>Customer value</source>
        <translation>Kundens verdi</translation>
    </message>
    <message>
        <source>No customer chosen.</source>
        <translation>Ingen kunde er valgt.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Ikke analysert ennå</translation>
    </message>
    <message>
        <source>Run the value analysis on the Segments page to see this customer&apos;s segment, chance of buying again and lifetime value.</source>
        <translation>Kjør verdianalysen på siden Segmenter for å se kundens segment, sjansen for at kunden kjøper igjen og kundeverdien (CLV).</translation>
    </message>
    <message>
        <source>No purchases up to %1 in %2, so no segment or lifetime value.</source>
        <translation>Ingen kjøp i %2 fram til %1, og dermed verken segment eller kundeverdi.</translation>
    </message>
    <message>
        <source>Recency · frequency · spend</source>
        <translation>Aktualitet · frekvens · beløp</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of 5</source>
        <translation>%1 · %2 · %3 av 5</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Siste kjøp</translation>
    </message>
    <message>
        <source>1 day before the calibration end</source>
        <translation>1 dag før kalibreringsslutten</translation>
    </message>
    <message>
        <source>%1 days before the calibration end</source>
        <translation>%1 dager før kalibreringsslutten</translation>
    </message>
    <message>
        <source>Purchases, revenue</source>
        <translation>Kjøp, omsetning</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Chance still buying</source>
        <translation>Sjanse for fortsatt kjøp</translation>
    </message>
    <message>
        <source>Expected purchases, %1 months</source>
        <translation>Forventede kjøp, %1 måneder</translation>
    </message>
    <message>
        <source>Expected spend per purchase</source>
        <translation>Forventet beløp per kjøp</translation>
    </message>
    <message>
        <source>Lifetime value, %1 months</source>
        <translation>Kundeverdi, %1 måneder</translation>
    </message>
    <message>
        <source>CLV tier</source>
        <translation>CLV-nivå</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 av 4</translation>
    </message>
    <message>
        <source>This customer came after the last value analysis. Run it again on the Segments page to see their segment, chance of buying again and lifetime value.</source>
        <translation>Denne kunden kom til etter siste verdianalyse. Kjør den på nytt på siden Segmenter for å se segment, sjanse for nytt kjøp og kundeverdi.</translation>
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
    <message>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontakter</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups</source>
        <translation>O&amp;ppfølginger</translation>
    </message>
    <message>
        <source>New &amp;Contact</source>
        <translation>Ny &amp;kontakt</translation>
    </message>
    <message>
        <source>Enter a contact with the customer on the card (Ctrl+Shift+N)</source>
        <translation>Registrer en kontakt med kunden på kortet (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Choose a saved customer first.</source>
        <translation>Velg en lagret kunde først.</translation>
    </message>
    <message>
        <source>C&amp;ontacts (%1)</source>
        <translation>K&amp;ontakter (%1)</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups (%1, %2 overdue)</source>
        <translation>O&amp;ppfølginger (%1, %2 over fristen)</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups (%1)</source>
        <translation>O&amp;ppfølginger (%1)</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Samtykker</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation>O&amp;rdrer</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed elsewhere. Your changes are still in the editor.</source>
        <translation>Ikke lagret: %1 er endret et annet sted. Endringene dine står fortsatt i skjemaet.</translation>
    </message>
    <message>
        <source>Saved %1, together with changes made elsewhere meanwhile to: %2.</source>
        <translation>Lagret %1, sammen med endringer gjort et annet sted i mellomtiden i: %2.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere while you are editing it. Saving keeps those changes, and asks about any field you both changed.</source>
        <translation>%1 ble endret et annet sted mens du redigerer kunden. Når du lagrer, beholdes de endringene, og du blir spurt om felt dere begge endret.</translation>
    </message>
</context>
<context>
    <name>relatio::DashboardPage</name>
    <message>
        <source>Updating…</source>
        <translation>Oppdaterer…</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Etter kanal</translation>
    </message>
    <message>
        <source>Groups × channels</source>
        <translation>Grupper × kanaler</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Weekly channel use</source>
        <translation>Ukentlig kanalbruk</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Compare customer groups, or look at one group only</source>
        <translation>Sammenlign kundegrupper, eller se på bare én gruppe</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>&amp;Kunder:</translation>
    </message>
    <message>
        <source>Only this group in the per-channel figures and the trend</source>
        <translation>Bare denne gruppen i tallene per kanal og i trenden</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT) per channel</source>
        <translation>Kundetilfredshet (CSAT) per kanal</translation>
    </message>
    <message>
        <source>Net promoter score (NPS) per channel</source>
        <translation>Net promoter score (NPS) per kanal</translation>
    </message>
    <message>
        <source>Whiskers show the 95% confidence interval: with this many answers the true figure lies within it. Hatched grey bars and figures in brackets rest on fewer than %1 answers and are too uncertain to compare.</source>
        <translation>Feilstolpene viser 95 % konfidensintervall: med så mange svar ligger den sanne verdien innenfor. Skraverte grå søyler og tall i parentes bygger på færre enn %1 svar og er for usikre til å sammenlignes.</translation>
    </message>
    <message>
        <source>Satisfaction by customer group and channel</source>
        <translation>Tilfredshet etter kundegruppe og kanal</translation>
    </message>
    <message>
        <source>Satisfaction over time per channel</source>
        <translation>Tilfredshet over tid per kanal</translation>
    </message>
    <message>
        <source>A line per channel, or one line with its 95% confidence interval as a band</source>
        <translation>Én linje per kanal, eller én linje med 95 % konfidensintervall som et bånd</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per uke</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per måned</translation>
    </message>
    <message>
        <source>Contacts per week and channel</source>
        <translation>Kontakter per uke og kanal</translation>
    </message>
    <message>
        <source>Customers per week</source>
        <translation>Kunder per uke</translation>
    </message>
    <message>
        <source>Totals per week</source>
        <translation>Totaler per uke</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Lagre som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the table shown as a CSV file for a spreadsheet</source>
        <translation>Lagre tabellen som vises, som en CSV-fil for et regneark</translation>
    </message>
    <message>
        <source>Which customers used which channel</source>
        <translation>Hvilke kunder som brukte hvilken kanal</translation>
    </message>
    <message>
        <source>Each channel</source>
        <translation>Hver kanal</translation>
    </message>
    <message>
        <source>All channels together</source>
        <translation>Alle kanaler samlet</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Kunder: %1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle kunder</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The usage report covers every customer; the customer group applies to the satisfaction figures.</source>
        <translation>Bruksrapporten omfatter alle kunder; kundegruppen gjelder tilfredshetstallene.</translation>
    </message>
    <message>
        <source>Only the first %1 rows are listed; the chart and the totals cover every contact.</source>
        <translation>Bare de første %1 radene vises; diagrammet og totalene omfatter alle kontakter.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Den første dagen er etter den siste dagen.</translation>
    </message>
    <message>
        <source>No contacts in this period.</source>
        <translation>Ingen kontakter i denne perioden.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Tallene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>%1 contacts · %2 CSAT answers · %3 NPS answers</source>
        <translation>%1 kontakter · %2 CSAT-svar · %3 NPS-svar</translation>
    </message>
    <message>
        <source>Hollow circles rest on fewer than %1 answers: too uncertain to read a change from. Click a line&apos;s name in the legend to hide or show it.</source>
        <translation>Tomme sirkler bygger på færre enn %1 svar: for usikkert til å lese en endring ut av. Klikk på navnet til en linje i forklaringen for å skjule eller vise den.</translation>
    </message>
    <message>
        <source>Most points have too few answers: per month, or all channels together, gives firmer figures.</source>
        <translation>De fleste punktene har for få svar: per måned, eller alle kanaler samlet, gir sikrere tall.</translation>
    </message>
    <message>
        <source>Most points have too few answers: all channels together, or a longer period, gives firmer figures.</source>
        <translation>De fleste punktene har for få svar: alle kanaler samlet, eller en lengre periode, gir sikrere tall.</translation>
    </message>
    <message>
        <source>The usage report could not be read: %1</source>
        <translation>Bruksrapporten kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The usage report has not been read yet.</source>
        <translation>Bruksrapporten er ikke lest ennå.</translation>
    </message>
    <message>
        <source>channel-totals-per-week</source>
        <translation>kanaltotaler-per-uke</translation>
    </message>
    <message>
        <source>channel-use-per-week</source>
        <translation>kanalbruk-per-uke</translation>
    </message>
    <message>
        <source>Save Usage Report as CSV</source>
        <translation>Lagre bruksrapporten som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Save Usage Report</source>
        <translation>Lagre bruksrapporten</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>Lagret %1 rader i %2.</translation>
    </message>
    <message>
        <source>Each cell gives the figure and the number of answers it rests on. Click a group to see it alone in the other tabs.</source>
        <translation>Hver celle viser tallet og antall svar det bygger på. Klikk på en gruppe for å se bare den i de andre fanene.</translation>
    </message>
    <message>
        <source>Choose how to group the customers (by country, owner, tag or value segment) above to compare the groups channel by channel.</source>
        <translation>Velg ovenfor hvordan kundene skal grupperes (etter land, eier, stikkord eller verdisegment) for å sammenligne gruppene kanal for kanal.</translation>
    </message>
    <message>
        <source>Listing the customers of each week…</source>
        <translation>Lister opp kundene for hver uke…</translation>
    </message>
    <message>
        <source>Choose how to group the customers (by country, owner or tag) above to compare the groups channel by channel.</source>
        <translation>Velg ovenfor hvordan kundene skal grupperes (etter land, eier eller stikkord) for å sammenligne gruppene kanal for kanal.</translation>
    </message>
    <message>
        <source>from this computer&apos;s copy of the team database</source>
        <translation>fra denne datamaskinens kopi av teamdatabasen</translation>
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
    <message>
        <source>The demo data is written; the value analysis was cancelled (the Segments page runs it).</source>
        <translation>Demodataene er skrevet; verdianalysen ble avbrutt (siden Segmenter kjører den).</translation>
    </message>
    <message>
        <source>The demo data is written, but the value analysis failed: %1</source>
        <translation>Demodataene er skrevet, men verdianalysen mislyktes: %1</translation>
    </message>
    <message>
        <source>Analysing customer value: %1</source>
        <translation>Analyserer kundeverdi: %1</translation>
    </message>
    <message>
        <source>The team database has no customers yet</source>
        <translation>Teamdatabasen har ingen kunder ennå</translation>
    </message>
    <message>
        <source>Add the first customer here, or sync a Relatio file that holds the team&apos;s customers with it (File › Sync with Team Server… on that computer). To try the team&apos;s set-up out, load demo customers: everyone working on this team database, and every laptop at its next sync, will see them.</source>
        <translation>Legg til den første kunden her, eller synkroniser en Relatio-fil med teamets kunder med den (Fil › Synkroniser med teamserveren… på den datamaskinen). Last inn demokunder for å prøve teamets oppsett: alle som arbeider i denne teamdatabasen, og hver bærbar ved neste synkronisering, vil se dem.</translation>
    </message>
    <message>
        <source>Uploading the demo customers to the team database…</source>
        <translation>Demokundene lastes opp til teamdatabasen…</translation>
    </message>
</context>
<context>
    <name>relatio::EraseDialog</name>
    <message>
        <source>Erase Customer</source>
        <translation>Slett kunde permanent</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Vil du slette %1 for godt?</translation>
    </message>
    <message>
        <source>Everything Relatio holds about this customer is erased, from every table, the search index and the database file. Only a tombstone with the Relatio id (%1) and the time remains, so that other copies of the database erase them too. &lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>Alt Relatio har lagret om denne kunden, blir slettet fra alle tabeller, søkeindeksen og databasefilen. Bare en slettemarkør med Relatio-ID-en (%1) og tidspunktet blir igjen, slik at andre kopier av databasen også sletter dem. &lt;b&gt;Dette kan ikke angres.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What will be erased:</source>
        <translation>Dette blir slettet:</translation>
    </message>
    <message>
        <source>Kept, without the link to the customer:</source>
        <translation>Beholdes, uten koblingen til kunden:</translation>
    </message>
    <message>
        <source>1 person belongs to this organisation: they keep their record, without it.</source>
        <translation>1 person hører til denne organisasjonen: personen beholder posten sin, uten organisasjonen.</translation>
    </message>
    <message>
        <source>%1 people belong to this organisation: they keep their records, without it.</source>
        <translation>%1 personer hører til denne organisasjonen: de beholder postene sine, uten organisasjonen.</translation>
    </message>
    <message>
        <source>Rows about the customer are also removed from the rejects file an import wrote.</source>
        <translation>Rader om kunden blir også fjernet fra feilfilen som en import skrev.</translation>
    </message>
    <message>
        <source>Rows about the customer are also removed from the %1 rejects files imports wrote.</source>
        <translation>Rader om kunden blir også fjernet fra de %1 feilfilene som importer skrev.</translation>
    </message>
    <message>
        <source>Not reached: files already saved elsewhere, such as exports, marketing lists, personal-data exports and backups. Delete the customer from those yourself.</source>
        <translation>Nås ikke: filer som allerede er lagret andre steder, for eksempel eksporter, markedsføringslister, eksporter av personopplysninger og sikkerhetskopier. Slett kunden fra disse selv.</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Skriv inn navnet på kunden, &lt;b&gt;%1&lt;/b&gt;, for å bekrefte:</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Slett for godt</translation>
    </message>
    <message>
        <source>The customer was erased: %1 rows in the database, and their entries in the search index.</source>
        <translation>Kunden ble slettet permanent: %1 rader i databasen, og oppføringene i søkeindeksen.</translation>
    </message>
    <message>
        <source>%1 rows about them were removed from rejects files.</source>
        <translation>%1 rader om kunden ble fjernet fra feilfiler.</translation>
    </message>
    <message>
        <source>These rejects files were not found, so they could not be checked: %1</source>
        <translation>Disse feilfilene ble ikke funnet, så de kunne ikke kontrolleres: %1</translation>
    </message>
    <message>
        <source>These rejects files could not be changed: %1</source>
        <translation>Disse feilfilene kunne ikke endres: %1</translation>
    </message>
    <message>
        <source>The database&apos;s log still holds old pages while other windows read it; they are cleared when Relatio closes.</source>
        <translation>Databaseloggen inneholder fortsatt gamle sider mens andre vinduer leser den; de fjernes når Relatio lukkes.</translation>
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
    <name>relatio::FigureBarChart</name>
    <message>
        <source>no answers</source>
        <translation>ingen svar</translation>
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
        <translation>Gjennomsnittlig CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: uncertain</source>
        <translation>Færre enn %1 svar: usikkert</translation>
    </message>
    <message>
        <source>Mean CSAT: 1 = very unhappy, 5 = very happy</source>
        <translation>Gjennomsnittlig CSAT: 1 = svært misfornøyd, 5 = svært fornøyd</translation>
    </message>
    <message>
        <source>% promoters − % detractors</source>
        <translation>% ambassadører − % kritikere</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>95 % konfidensintervall</translation>
    </message>
</context>
<context>
    <name>relatio::FollowUpDialog</name>
    <message>
        <source>New Follow-up</source>
        <translation>Ny oppfølging</translation>
    </message>
    <message>
        <source>Edit Follow-up</source>
        <translation>Rediger oppfølging</translation>
    </message>
    <message>
        <source>e.g. call back about the invoice</source>
        <translation>f.eks. ring tilbake om fakturaen</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Hva skal gjøres:</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>I morgen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Om en uke</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The follow-up “%1”</source>
        <translation>Oppfølgingen «%1»</translation>
    </message>
</context>
<context>
    <name>relatio::FollowUpListModel</name>
    <message>
        <source>Done %1</source>
        <translation>Utført %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 dag over fristen</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>%1 dager over fristen</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Frist i morgen</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>Frist om %1 dager</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Done; untick to open it again</source>
        <translation>Utført; fjern avkrysningen for å åpne den igjen</translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation>Kryss av når den er utført</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the due date</source>
        <translation>Dobbeltklikk eller trykk F2 for å endre fristen</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hva skal gjøres</translation>
    </message>
    <message>
        <source>On contact</source>
        <translation>Om kontakt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
</context>
<context>
    <name>relatio::FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Hvem:</translation>
    </message>
    <message>
        <source>Show &amp;done ones of the last %1 days</source>
        <translation>Vis &amp;utførte fra de siste %1 dagene</translation>
    </message>
    <message>
        <source>Relatio does not know who you are yet. &lt;a href=&quot;choose&quot;&gt;Choose yourself&lt;/a&gt; to see your follow-ups.</source>
        <translation>Relatio vet ikke hvem du er ennå. &lt;a href=&quot;choose&quot;&gt;Velg deg selv&lt;/a&gt; for å se oppfølgingene dine.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Change the due date, the assignee or what to do</source>
        <translation>Endre fristen, den ansvarlige eller hva som skal gjøres</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;lett</translation>
    </message>
    <message>
        <source>Delete the selected follow-up (Delete); Undo brings it back</source>
        <translation>Slett den valgte oppfølgingen (Delete); Angre henter den tilbake</translation>
    </message>
    <message>
        <source>Open &amp;Customer</source>
        <translation>Åpne &amp;kunde</translation>
    </message>
    <message>
        <source>Show the customer&apos;s card (double-click)</source>
        <translation>Vis kundekortet (dobbeltklikk)</translation>
    </message>
    <message>
        <source>Delete Follow-up</source>
        <translation>Slett oppfølging</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Mine (%1)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 åpen</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 åpne</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 over fristen</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 over fristen</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>viser de første %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message>
        <source>on the contact “%1”</source>
        <translation>om kontakten «%1»</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Follow-up deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Oppfølgingen er slettet. Angre (Ctrl+Z) henter den tilbake.</translation>
    </message>
    <message>
        <source>Not saved: the follow-up was changed elsewhere.</source>
        <translation>Ikke lagret: oppfølgingen er endret et annet sted.</translation>
    </message>
</context>
<context>
    <name>relatio::GroupChannelModel</name>
    <message>
        <source>too few</source>
        <translation>for få</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
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
        <translation>for få: færre enn %1 svar, ikke et pålitelig tall</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>ingen svar</translation>
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
        <translation>for få</translation>
    </message>
</context>
<context>
    <name>relatio::HistoryPanel</name>
    <message>
        <source>Every change to this record: what it was, what it became, when and by whom. Erasing the customer erases this history too.</source>
        <translation>Alle endringer i denne posten: hva den var, hva den ble, når og av hvem. Hvis kunden slettes permanent, slettes også denne historikken.</translation>
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
    <message>
        <source>Syncing this computer&apos;s copy of the team database: %1 records…</source>
        <translation>Synkroniserer denne datamaskinens kopi av teamdatabasen: %1 poster…</translation>
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
    <name>relatio::InteractionCheckPage</name>
    <message>
        <source>Check the File</source>
        <translation>Kontroller filen</translation>
    </message>
    <message>
        <source>Every row is read and matched to its customer without writing anything, so you know what the import will do.</source>
        <translation>Hver rad leses og knyttes til kunden sin uten at noe blir skrevet, slik at du vet hva importen vil gjøre.</translation>
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
        <source>The first %1 problems are listed; all %2 rows with errors are left out of the import.</source>
        <translation>Bare de første %1 problemene vises; ingen av de %2 radene med feil blir importert.</translation>
    </message>
    <message>
        <source>There is nothing to import: every row is a stored contact that would be left as it is.</source>
        <translation>Det er ingenting å importere: alle radene er lagrede kontakter som ville blitt stående uendret.</translation>
    </message>
    <message>
        <source>There is nothing to import: the rows without errors are stored contacts that would be left as they are.</source>
        <translation>Det er ingenting å importere: radene uten feil er lagrede kontakter som ville blitt stående uendret.</translation>
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
</context>
<context>
    <name>relatio::InteractionColumnsPage</name>
    <message>
        <source>The Columns</source>
        <translation>Kolonnene</translation>
    </message>
    <message>
        <source>What each column of the file holds, as read from its name. A row&apos;s customer is found by external id, else e-mail address, else Relatio id.</source>
        <translation>Hva hver kolonne i filen inneholder, ut fra navnet. Kunden til en rad finnes via ekstern ID, ellers e-postadresse, ellers Relatio-ID.</translation>
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
        <source>Read as</source>
        <translation>Leses som</translation>
    </message>
    <message>
        <source>&amp;Leave out the columns that are not ones of a contacts file</source>
        <translation>&amp;Utelat kolonnene som ikke hører til en kontaktfil</translation>
    </message>
    <message>
        <source>When a row has the Relatio id of a stored contact</source>
        <translation>Når en rad har Relatio-ID-en til en lagret kontakt</translation>
    </message>
    <message>
        <source>&amp;Skip the row and leave the contact as it is</source>
        <translation>&amp;Hopp over raden og la kontakten være som den er</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the row&apos;s columns</source>
        <translation>Opp&amp;dater kontakten med kolonnene fra raden</translation>
    </message>
    <message>
        <source>&amp;Add the row as a new contact anyway</source>
        <translation>&amp;Legg til raden som en ny kontakt likevel</translation>
    </message>
    <message>
        <source>A file exported from Relatio can be imported again without making doubles.</source>
        <translation>En fil som er eksportert fra Relatio, kan importeres igjen uten å lage duplikater.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelatt</translation>
    </message>
    <message>
        <source>Not a column of a contacts file</source>
        <translation>Ikke en kolonne i en kontaktfil</translation>
    </message>
</context>
<context>
    <name>relatio::InteractionController</name>
    <message>
        <source>Add contact “%1”</source>
        <translation>registrering av kontakten «%1»</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>redigering av kontakten «%1»</translation>
    </message>
    <message>
        <source>Delete contact “%1”</source>
        <translation>sletting av kontakten «%1»</translation>
    </message>
    <message>
        <source>Take complaint “%1”</source>
        <translation>overtakelse av klagen «%1»</translation>
    </message>
    <message>
        <source>Give back complaint “%1”</source>
        <translation>tilbakelevering av klagen «%1»</translation>
    </message>
    <message>
        <source>Resolve complaint “%1”</source>
        <translation>markering av klagen «%1» som løst</translation>
    </message>
    <message>
        <source>Reopen complaint “%1”</source>
        <translation>gjenåpning av klagen «%1»</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>oppretting av oppfølging</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>redigering av oppfølging</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>markering av oppfølging som utført</translation>
    </message>
    <message>
        <source>Mark follow-up not done</source>
        <translation>markering av oppfølging som ikke utført</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>endring av frist</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>sletting av oppfølging</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: the contact was changed elsewhere since, in fields it would overwrite (%1). Edit the contact instead.</source>
        <translation>Dette trinnet kan ikke angres eller gjøres om: kontakten er endret et annet sted siden, i felt det ville overskrive (%1). Rediger kontakten i stedet.</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: the follow-up was changed elsewhere since, in fields it would overwrite (%1). Edit the follow-up instead.</source>
        <translation>Dette trinnet kan ikke angres eller gjøres om: oppfølgingen er endret et annet sted siden, i felt det ville overskrive (%1). Rediger oppfølgingen i stedet.</translation>
    </message>
</context>
<context>
    <name>relatio::InteractionCounts</name>
    <message>
        <source>Rows in the file:</source>
        <translation>Rader i filen:</translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation>Nye kontakter:</translation>
    </message>
    <message>
        <source>Stored contacts updated:</source>
        <translation>Oppdaterte lagrede kontakter:</translation>
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
        <source>Team members added:</source>
        <translation>Teammedlemmer lagt til:</translation>
    </message>
</context>
<context>
    <name>relatio::InteractionExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation>Eksporter kontakter</translation>
    </message>
    <message>
        <source>Contacts to export</source>
        <translation>Kontakter som skal eksporteres</translation>
    </message>
    <message>
        <source>Contacts with &amp;all customers</source>
        <translation>Kontakter med &amp;alle kunder</translation>
    </message>
    <message>
        <source>Contacts with the &amp;selected customers: none selected</source>
        <translation>Kontakter med de &amp;valgte kundene: ingen er valgt</translation>
    </message>
    <message>
        <source>Contacts with the &amp;selected customer</source>
        <translation>Kontakter med den &amp;valgte kunden</translation>
    </message>
    <message>
        <source>Contacts with the &amp;selected customers: %1</source>
        <translation>Kontakter med de &amp;valgte kundene: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To and including</source>
        <translation>&amp;Til og med</translation>
    </message>
    <message>
        <source>Without a limit, every contact is exported.</source>
        <translation>Uten begrensning eksporteres alle kontakter.</translation>
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
        <source>Se&amp;parator:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <source>Each row names its customer by Relatio id, external id and e-mail address, so the file can be imported again.</source>
        <translation>Hver rad angir kunden sin med Relatio-ID, ekstern ID og e-postadresse, slik at filen kan importeres igjen.</translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>the start of the suggested file name</comment>
        <translation>kontakter</translation>
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
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter før den starter.</translation>
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
        <source>Exporting contacts…</source>
        <translation>Eksporterer kontakter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The contacts could not be exported. %1 was not changed.

%2</source>
        <translation>Kontaktene kunne ikke eksporteres. %1 ble ikke endret.

%2</translation>
    </message>
    <message>
        <source>Exported 1 contact to %1.</source>
        <translation>1 kontakt er eksportert til %1.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 kontakter er eksportert til %2.</translation>
    </message>
</context>
<context>
    <name>relatio::InteractionImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importer kontakter</translation>
    </message>
</context>
<context>
    <name>relatio::InteractionRunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The contacts are written in one step: if the import is cancelled or fails, nothing is written.</source>
        <translation>Kontaktene skrives i ett trinn: hvis importen blir avbrutt eller mislykkes, blir ingenting skrevet.</translation>
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
        <source>The import is done.</source>
        <translation>Importen er fullført.</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Tilfredshet</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klager</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Personvern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Va&amp;lue</source>
        <translation>V&amp;erdi</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <source>Costs and return</source>
        <translation>Kostnader og avkastning</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Modenhet</translation>
    </message>
    <message>
        <source>&amp;Run Analysis…</source>
        <translation>Kjør &amp;analyse…</translation>
    </message>
    <message>
        <source>Score the segments and fit the lifetime value models to the orders</source>
        <translation>Del inn segmentene og tilpass modellene for kundeverdi til ordrene</translation>
    </message>
    <message>
        <source>Re&amp;view Overwritten Edits…</source>
        <translation>Se &amp;gjennom overskrevne endringer…</translation>
    </message>
    <message>
        <source>The edits sync overwrote on team members, units, tags, channels, products, personas, assessments and orders (a customer&apos;s are on its card)</source>
        <translation>Endringene synkroniseringen overskrev på teammedlemmer, enheter, stikkord, kanaler, produkter, personaer, vurderinger og bestillinger (en kundes står på kundekortet)</translation>
    </message>
    <message>
        <source>%1 on %2 — Relatio</source>
        <translation>%1 på %2 — Relatio</translation>
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
        <translation>Du arbeider i selve teamdatabasen: hver endring lagres der for alle med en gang, og når de bærbare ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>Åpne &amp;teamdatabase…</translation>
    </message>
    <message>
        <source>Work on the team database on its server directly, as colleagues in the office do</source>
        <translation>Arbeid direkte i teamdatabasen på serveren, slik kollegene på kontoret gjør</translation>
    </message>
    <message>
        <source>Open Relatio &amp;File…</source>
        <translation>Åpne Relatio-&amp;fil…</translation>
    </message>
    <message>
        <source>Work on a Relatio file: this computer&apos;s own, or another</source>
        <translation>Arbeid i en Relatio-fil: denne datamaskinens egen, eller en annen</translation>
    </message>
    <message>
        <source>A team database is backed up on its server (pg_dump), by whoever runs it</source>
        <translation>En teamdatabase sikkerhetskopieres på serveren (pg_dump), av den som driver den</translation>
    </message>
    <message>
        <source>This is the team database itself: laptops sync with it</source>
        <translation>Dette er selve teamdatabasen: de bærbare synkroniserer med den</translation>
    </message>
    <message>
        <source>Value segments, lifetime values and costs against return</source>
        <translation>Verdisegmenter, livstidsverdier og kostnader mot avkastning</translation>
    </message>
    <message>
        <source>Open Relatio File</source>
        <translation>Åpne Relatio-fil</translation>
    </message>
    <message>
        <source>Relatio databases (*.sqlite);;All files (*)</source>
        <translation>Relatio-databaser (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file was upgraded to this version of Relatio; a copy as it was is kept at %1.</source>
        <translation>Filen er oppgradert til denne versjonen av Relatio; en kopi slik den var, ligger i %1.</translation>
    </message>
    <message>
        <source>That customer is no longer on the team database.</source>
        <translation>Den kunden finnes ikke lenger i teamdatabasen.</translation>
    </message>
</context>
<context>
    <name>relatio::MarketingExportDialog</name>
    <message>
        <source>Export Marketing List</source>
        <translation>Eksporter markedsføringsliste</translation>
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
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
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
        <source>Save &amp;to:</source>
        <translation>Lagre &amp;i:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>The list holds only customers whose permission for the purpose is in force today, confirmed by their e-mail address where the purpose asks for it. Each list is logged: who, when, which purpose and how many.</source>
        <translation>Listen inneholder bare kunder som har et samtykke for formålet som gjelder i dag, bekreftet via e-postadressen der formålet krever det. Hver liste loggføres: hvem, når, hvilket formål og hvor mange.</translation>
    </message>
    <message>
        <source>Lists exported before:</source>
        <translation>Tidligere eksporterte lister:</translation>
    </message>
    <message>
        <source>No customer has permission for this purpose in force.</source>
        <translation>Ingen kunder har gyldig samtykke for dette formålet.</translation>
    </message>
    <message>
        <source>1 customer has permission in force (left out when the contact details the list needs are missing).</source>
        <translation>1 kunde har gyldig samtykke (utelates hvis kontaktopplysningene listen trenger, mangler).</translation>
    </message>
    <message>
        <source>%1 customers have permission in force (those without the contact details the list needs are left out).</source>
        <translation>%1 kunder har gyldig samtykke (de som mangler kontaktopplysningene listen trenger, utelates).</translation>
    </message>
    <message>
        <source>Save Marketing List</source>
        <translation>Lagre markedsføringslisten</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 — %2: 1 customer, by %3</source>
        <translation>%1 — %2: 1 kunde, av %3</translation>
    </message>
    <message>
        <source>%1 — %2: %3 customers, by %4</source>
        <translation>%1 — %2: %3 kunder, av %4</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ingen ennå.</translation>
    </message>
    <message>
        <source>Choose where to save the list.</source>
        <translation>Velg hvor listen skal lagres.</translation>
    </message>
    <message>
        <source>Exported 1 customer with permission for &quot;%1&quot;.</source>
        <translation>Eksporterte 1 kunde med samtykke for «%1».</translation>
    </message>
    <message>
        <source>Exported %1 customers with permission for &quot;%2&quot;.</source>
        <translation>Eksporterte %1 kunder med samtykke for «%2».</translation>
    </message>
</context>
<context>
    <name>relatio::MaturityHistoryChart</name>
    <message>
        <source>No assessments yet</source>
        <translation>Ingen vurderinger ennå</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Phase reached</source>
        <translation>Nådd fase</translation>
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
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation>Ny &amp;vurdering…</translation>
    </message>
    <message>
        <source>Score the statements of every phase for the unit shown</source>
        <translation>Gi poeng til påstandene i hver fase for enheten som vises</translation>
    </message>
    <message>
        <source>Units and &amp;team members…</source>
        <translation>Enheter og &amp;teammedlemmer…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Eksporter P&amp;DF…</translation>
    </message>
    <message>
        <source>Phase, criterion or evidence</source>
        <translation>Fase, kriterium eller belegg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Egenvurdering</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Terskel</translation>
    </message>
    <message>
        <source>Phases and criteria</source>
        <translation>Faser og kriterier</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Compare units</source>
        <translation>Sammenlign enheter</translation>
    </message>
    <message>
        <source>(no units yet)</source>
        <translation>(ingen enheter ennå)</translation>
    </message>
    <message>
        <source>Measuring the evidence in the CRM&apos;s data…</source>
        <translation>Måler belegget i CRM-dataene…</translation>
    </message>
    <message>
        <source>The evidence could not be measured: %1</source>
        <translation>Belegget kunne ikke måles: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has reached phase %2, %3&lt;/b&gt; (self-assessment of %4%5). The CRM&apos;s data supports phase %6, %7.</source>
        <translation>&lt;b&gt;%1 har nådd fase %2, %3&lt;/b&gt; (egenvurdering fra %4%5). CRM-dataene støtter fase %6, %7.</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has not been assessed yet.&lt;/b&gt; The CRM&apos;s data supports phase %2, %3. Use &lt;i&gt;New assessment&lt;/i&gt; to score the statements.</source>
        <translation>&lt;b&gt;%1 er ikke vurdert ennå.&lt;/b&gt; CRM-dataene støtter fase %2, %3. Bruk &lt;i&gt;Ny vurdering&lt;/i&gt; for å gi poeng til påstandene.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No organisation units yet.&lt;/b&gt; The CRM&apos;s data supports phase %1, %2. Add departments or teams with &lt;i&gt;Units and team members&lt;/i&gt; to assess them.</source>
        <translation>&lt;b&gt;Ingen organisasjonsenheter ennå.&lt;/b&gt; CRM-dataene støtter fase %1, %2. Legg til avdelinger eller team med &lt;i&gt;Enheter og teammedlemmer&lt;/i&gt; for å vurdere dem.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>utgangspunkt</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 av %2 oppfylt</translation>
    </message>
    <message>
        <source>%1 · reached</source>
        <translation>%1 · nådd</translation>
    </message>
    <message>
        <source>%1 · next</source>
        <translation>%1 · neste</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ikke besvart</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Every phase is reached.</source>
        <translation>Alle faser er nådd.</translation>
    </message>
    <message>
        <source>What blocks phase %1, %2</source>
        <translation>Hva som hindrer fase %1, %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Data: %1 is %2, threshold %3</source>
        <translation>Data: %1 er %2, terskel %3</translation>
    </message>
    <message>
        <source>Self-assessment and data disagree</source>
        <translation>Egenvurderingen og dataene stemmer ikke overens</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Evidence: the whole database, contacts and follow-ups of the 12 months up to %1.</source>
        <translation>Belegg: hele databasen, og kontakter og oppfølginger i de 12 månedene fram til %1.</translation>
    </message>
    <message>
        <source>Assessment of %1 saved.</source>
        <translation>Vurderingen av %1 er lagret.</translation>
    </message>
    <message>
        <source>Print the maturity report</source>
        <translation>Skriv ut modenhetsrapporten</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF-en ble ikke skrevet</translation>
    </message>
    <message>
        <source>Maturity report written to %1.</source>
        <translation>Modenhetsrapporten er skrevet til %1.</translation>
    </message>
    <message>
        <source>CRM maturity</source>
        <translation>CRM-modenhet</translation>
    </message>
    <message>
        <source>CRM maturity %1</source>
        <translation>CRM-modenhet %1</translation>
    </message>
    <message>
        <source>Export the maturity report as PDF</source>
        <translation>Eksporter modenhetsrapporten som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
</context>
<context>
    <name>relatio::OpenTeamDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>Åpne teamdatabase</translation>
    </message>
    <message>
        <source>Work on the team database itself, as colleagues in the office do: every change is saved there for everyone at once, and reaches the laptops at their next sync. This computer&apos;s Relatio file stays as it is.</source>
        <translation>Arbeid i selve teamdatabasen, slik kollegene på kontoret gjør: hver endring lagres der for alle med en gang, og når de bærbare ved neste synkronisering. Denne datamaskinens Relatio-fil forblir som den er.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>taken from the system keychain when remembered</source>
        <translation>hentes fra systemets nøkkelring når det er husket</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Husk passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Kobler til %1…</translation>
    </message>
    <message>
        <source>The team database could not be opened: %1</source>
        <translation>Teamdatabasen kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Passordet kunne ikke lagres i systemets nøkkelring: %1</translation>
    </message>
</context>
<context>
    <name>relatio::OrderController</name>
    <message>
        <source>Add Order</source>
        <translation>Legg til ordre</translation>
    </message>
    <message>
        <source>Edit Order</source>
        <translation>Rediger ordre</translation>
    </message>
    <message>
        <source>Delete Order</source>
        <translation>Slett ordre</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: the order was changed elsewhere since, in fields it would overwrite (%1). Edit the order instead.</source>
        <translation>Dette trinnet kan ikke angres eller gjøres om: ordren er endret et annet sted siden, i felt det ville overskrive (%1). Rediger ordren i stedet.</translation>
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
        <translation>Personaer</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>Vis &amp;slettede</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;lett</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flytt ne&amp;d</translation>
    </message>
    <message>
        <source>Personas, in order:</source>
        <translation>Personaer, i rekkefølge:</translation>
    </message>
    <message>
        <source>Who they are, in a sentence or two</source>
        <translation>Hvem de er, med en setning eller to</translation>
    </message>
    <message>
        <source>What they need from us</source>
        <translation>Hva de trenger fra oss</translation>
    </message>
    <message>
        <source>Why they buy</source>
        <translation>Hvorfor de kjøper</translation>
    </message>
    <message>
        <source>Tick the channels this persona prefers; drag to put the most preferred first.</source>
        <translation>Kryss av for kanalene denne personaen foretrekker; dra for å sette den mest foretrukne først.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Lagre &amp;endringer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Nee&amp;ds:</source>
        <translation>Be&amp;hov:</translation>
    </message>
    <message>
        <source>M&amp;otives:</source>
        <translation>&amp;Motiver:</translation>
    </message>
    <message>
        <source>Preferred &amp;channels:</source>
        <translation>Foretrukne &amp;kanaler:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>Legg &amp;til regel…</translation>
    </message>
    <message>
        <source>Ed&amp;it Rule…</source>
        <translation>Red&amp;iger regel…</translation>
    </message>
    <message>
        <source>Delete R&amp;ule</source>
        <translation>Slett &amp;regel</translation>
    </message>
    <message>
        <source>Customers get this persona when</source>
        <translation>Kunder får denne personaen når</translation>
    </message>
    <message>
        <source>Rules are checked by priority (1 first; at equal priority in the order of the list). The first rule whose conditions all hold gives the customer its persona; an empty condition always holds.</source>
        <translation>Reglene kontrolleres etter prioritet (1 først; ved lik prioritet i rekkefølgen i listen). Den første regelen der alle betingelsene er oppfylt, gir kunden sin persona; en tom betingelse er alltid oppfylt.</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (slettet)</translation>
    </message>
    <message>
        <source>%1 · %2 customers</source>
        <translation>%1 · %2 kunder</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>Teller kundene…</translation>
    </message>
    <message>
        <source>%1 customers have a persona; %2 have none.</source>
        <translation>%1 kunder har en persona; %2 har ingen.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (deaktivert)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>No rules yet: no customer gets this persona.</source>
        <translation>Ingen regler ennå: ingen kunder får denne personaen.</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Ny persona</translation>
    </message>
    <message>
        <source>New persona %1</source>
        <translation>Ny persona %1</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Ny regel</translation>
    </message>
    <message>
        <source>Edit Rule</source>
        <translation>Rediger regel</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <source>1 is checked first.</source>
        <translation>1 kontrolleres først.</translation>
    </message>
    <message>
        <source>Value &amp;segment:</source>
        <translation>&amp;Verdisegment:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Stikkord:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
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
        <translation>fra %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>alltid</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1 % rabatt</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategori %1</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle produkter</translation>
    </message>
    <message>
        <source>CLV tier %1</source>
        <translation>CLV-nivå %1</translation>
    </message>
    <message>
        <source>persona %1</source>
        <translation>persona %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Price Rules</source>
        <translation>Prisregler</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>Vis &amp;slettede</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Sl&amp;ett</translation>
    </message>
    <message>
        <source>A customer&apos;s price is given by the first rule that applies, in this order: lowest priority number first; at equal priority a rule for one product before one for a category before one for all products, then the rule with more conditions on the customer. When no rule applies, the list price holds.</source>
        <translation>En kundes pris bestemmes av den første regelen som gjelder, i denne rekkefølgen: laveste prioritetsnummer først; ved lik prioritet går en regel for ett produkt foran en regel for en kategori, som går foran en regel for alle produkter, og deretter går regelen med flest betingelser for kunden først. Når ingen regel gjelder, brukes listeprisen.</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (slettet)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>New Price Rule</source>
        <translation>Ny prisregel</translation>
    </message>
    <message>
        <source>Edit Price Rule</source>
        <translation>Rediger prisregel</translation>
    </message>
    <message>
        <source>e.g. “Champions 10% off”</source>
        <translation>f.eks. «Mestere 10 % rabatt»</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>En kategori</translation>
    </message>
    <message>
        <source>One product</source>
        <translation>Ett produkt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Alle segmenter</translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation>Alle personaer</translation>
    </message>
    <message>
        <source>Take a &amp;percentage off the list price:</source>
        <translation>Trekk en &amp;prosentandel fra listeprisen:</translation>
    </message>
    <message>
        <source>&amp;Set the price to:</source>
        <translation>&amp;Sett prisen til:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>until</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioritet:</translation>
    </message>
    <message>
        <source>Lower numbers are tried first.</source>
        <translation>Lavere tall prøves først.</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Gjelder:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>S&amp;egment:</translation>
    </message>
    <message>
        <source>CLV &amp;tier:</source>
        <translation>CLV-n&amp;ivå:</translation>
    </message>
    <message>
        <source>Pers&amp;ona:</source>
        <translation>Pers&amp;ona:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Pris:</translation>
    </message>
    <message>
        <source>&amp;Valid:</source>
        <translation>G&amp;yldig:</translation>
    </message>
    <message>
        <source>Choose the product from the list.</source>
        <translation>Velg produktet fra listen.</translation>
    </message>
    <message>
        <source>Give the category the rule applies to.</source>
        <translation>Oppgi kategorien regelen gjelder for.</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like %2.</source>
        <translation>«%1» er ikke en pris; skriv den som %2.</translation>
    </message>
</context>
<context>
    <name>relatio::PrivacyActions</name>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation>Eksporter &amp;personopplysninger…</translation>
    </message>
    <message>
        <source>Everything held about this customer, as a readable document (HTML and PDF) and as JSON</source>
        <translation>Alt som er lagret om denne kunden, som et lesbart dokument (HTML og PDF) og som JSON</translation>
    </message>
    <message>
        <source>&amp;Erase Customer…</source>
        <translation>S&amp;lett kunde permanent…</translation>
    </message>
    <message>
        <source>Remove this customer everywhere for good, at their request</source>
        <translation>Fjern denne kunden overalt for godt, på kundens forespørsel</translation>
    </message>
    <message>
        <source>Export &amp;Marketing List…</source>
        <translation>Eksporter &amp;markedsføringsliste…</translation>
    </message>
    <message>
        <source>A mailing or call list of the customers with permission for a purpose</source>
        <translation>En utsendelses- eller ringeliste over kundene med samtykke for et formål</translation>
    </message>
    <message>
        <source>Customers &amp;Without Activity…</source>
        <translation>Kunder &amp;uten aktivitet…</translation>
    </message>
    <message>
        <source>Permission P&amp;urposes…</source>
        <translation>Samtykke&amp;formål…</translation>
    </message>
    <message>
        <source>Wrote the personal data to %1 (also as .json and .pdf).</source>
        <translation>Personopplysningene ble skrevet til %1 (også som .json og .pdf).</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Eksporter personopplysninger</translation>
    </message>
    <message>
        <source>%1-personal-data-%2.html</source>
        <comment>the suggested file name</comment>
        <translation>%1-personopplysninger-%2.html</translation>
    </message>
    <message>
        <source>Document (*.html)</source>
        <translation>Dokument (*.html)</translation>
    </message>
    <message>
        <source>Customer Erased</source>
        <translation>Kunden er slettet permanent</translation>
    </message>
</context>
<context>
    <name>relatio::PurchaseDialog</name>
    <message>
        <source>Edit Order</source>
        <translation>Rediger ordre</translation>
    </message>
    <message>
        <source>Add Order</source>
        <translation>Legg til ordre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>the order&apos;s number in the shop or ERP (optional)</source>
        <translation>ordrens nummer i nettbutikken eller ERP-systemet (valgfritt)</translation>
    </message>
    <message>
        <source>&amp;Order id:</source>
        <translation>&amp;Ordre-ID:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>for a new product</source>
        <translation>for et nytt produkt</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>Negative for a return.</source>
        <translation>Negativt ved retur.</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Antall:</translation>
    </message>
    <message>
        <source>line total, e.g. %1</source>
        <translation>linjesum, f.eks. %1</translation>
    </message>
    <message>
        <source>The total of the line. Negative for a refund.</source>
        <translation>Summen for linjen. Negativ ved refusjon.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>The quantity cannot be 0; a return has a negative quantity.</source>
        <translation>Antallet kan ikke være 0; en retur har negativt antall.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; choose one such as EUR or NOK.</source>
        <translation>«%1» er ikke en valutakode; velg en som EUR eller NOK.</translation>
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
        <translation>Dato</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>quantity, as a short column title</comment>
        <translation>Ant.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
</context>
<context>
    <name>relatio::PurchasesPanel</name>
    <message>
        <source>&amp;Add Order…</source>
        <translation>&amp;Legg til ordre…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Record an order or a refund of this customer</source>
        <translation>Registrer en ordre eller en refusjon for denne kunden</translation>
    </message>
    <message>
        <source>No orders yet. Orders come in with “relatio-cli import orders” or are added here.</source>
        <translation>Ingen ordrer ennå. Ordrer kommer inn med «relatio-cli import orders» eller legges til her.</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Order added.</source>
        <translation>Ordren er lagt til.</translation>
    </message>
    <message>
        <source>Order deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Ordren er slettet. Angre (Ctrl+Z) henter den tilbake.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No orders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ingen ordrer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 order line</source>
        <translation>1 ordrelinje</translation>
    </message>
    <message>
        <source>%1 order lines</source>
        <translation>%1 ordrelinjer</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>den %1</translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation>første %1, siste %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <comment>revenue · order lines · first and last purchase</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Order saved, together with changes made elsewhere meanwhile to: %1.</source>
        <translation>Ordren er lagret, sammen med endringer gjort et annet sted i mellomtiden i: %1.</translation>
    </message>
    <message>
        <source>The order of %1</source>
        <translation>Ordren fra %1</translation>
    </message>
    <message>
        <source>Not saved: the order was changed elsewhere.</source>
        <translation>Ikke lagret: ordren er endret et annet sted.</translation>
    </message>
</context>
<context>
    <name>relatio::PurposesDialog</name>
    <message>
        <source>Permission Purposes</source>
        <translation>Samtykkeformål</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Gi nytt navn…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>&amp;New Version…</source>
        <translation>&amp;Ny versjon…</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Formål:</translation>
    </message>
    <message>
        <source>Wording shown, by version:</source>
        <translation>Ordlyd som blir vist, per versjon:</translation>
    </message>
    <message>
        <source>A wording that was shown to customers is never changed: a new wording is a new version, and each permission keeps the version it was given for.</source>
        <translation>En ordlyd som har blitt vist til kunder, endres aldri: en ny ordlyd er en ny versjon, og hvert samtykke beholder versjonen det ble gitt for.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (deaktivert)</translation>
    </message>
    <message>
        <source>Use &amp;Again</source>
        <translation>Ta i &amp;bruk igjen</translation>
    </message>
    <message>
        <source>By %1; counts once the e-mail address confirms it (double opt-in).</source>
        <translation>Via %1; gjelder når e-postadressen bekrefter det (dobbel bekreftelse, double opt-in).</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>Via %1.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, fra %2</translation>
    </message>
    <message>
        <source>New Purpose</source>
        <translation>Nytt formål</translation>
    </message>
    <message>
        <source>The e-mail address must confirm it (double opt-in)</source>
        <translation>E-postadressen må bekrefte det (dobbel bekreftelse, double opt-in)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>&amp;Kontakt via:</translation>
    </message>
    <message>
        <source>Rename Purpose</source>
        <translation>Gi formålet nytt navn</translation>
    </message>
    <message>
        <source>Name (leave empty for the standard name):</source>
        <translation>Navn (la stå tomt for standardnavnet):</translation>
    </message>
    <message>
        <source>New Version of the Wording</source>
        <translation>Ny versjon av ordlyden</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Ordlyd:</translation>
    </message>
    <message>
        <source>Exactly as customers will see or hear it.</source>
        <translation>Nøyaktig slik kundene vil se eller høre den.</translation>
    </message>
</context>
<context>
    <name>relatio::RetentionDialog</name>
    <message>
        <source>Customers Without Activity</source>
        <translation>Kunder uten aktivitet</translation>
    </message>
    <message>
        <source> year</source>
        <translation> år</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Sø&amp;k</translation>
    </message>
    <message>
        <source>No activity for at least</source>
        <translation>Ingen aktivitet på minst</translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation>&amp;Åpne kunde</translation>
    </message>
    <message>
        <source>Customers with no change to their record, no contact, no permission entry and no follow-up for that long, least recently active first. Open one to decide whether to keep, delete or erase it.</source>
        <translation>Kunder uten endringer i posten, kontakter, samtykkeoppføringer eller oppfølginger så lenge, de som har vært inaktive lengst først. Åpne en kunde for å avgjøre om den skal beholdes, slettes eller slettes permanent.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <source>The first %1 customers.</source>
        <translation>De første %1 kundene.</translation>
    </message>
    <message>
        <source>1 customer.</source>
        <translation>1 kunde.</translation>
    </message>
    <message>
        <source>%1 customers.</source>
        <translation>%1 kunder.</translation>
    </message>
</context>
<context>
    <name>relatio::RetentionModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Siste aktivitet</translation>
    </message>
</context>
<context>
    <name>relatio::RunAnalysisDialog</name>
    <message>
        <source>Run value analysis</source>
        <translation>Kjør verdianalyse</translation>
    </message>
    <message>
        <source>Fits the purchase and spend models to the order history, scores every customer&apos;s recency, frequency and spend, and computes the lifetime value. It runs in the background; the previous result stays until the new one is complete.</source>
        <translation>Tilpasser kjøps- og beløpsmodellene til ordrehistorikken, gir hver kunde poeng for aktualitet, frekvens og beløp, og beregner kundeverdien (CLV). Analysen kjører i bakgrunnen; det forrige resultatet blir stående til det nye er ferdig.</translation>
    </message>
    <message>
        <source>The last purchase day</source>
        <translation>Den siste kjøpsdagen</translation>
    </message>
    <message>
        <source>&amp;Calibration end:</source>
        <translation>Kalibrerings&amp;slutt:</translation>
    </message>
    <message>
        <source>The models see the purchases up to and including this day</source>
        <translation>Modellene ser kjøpene til og med denne dagen</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Uker</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>The unit the models count time in; it changes the parameters, hardly the results</source>
        <translation>Enheten modellene teller tid i; den endrer parameterne, men knapt resultatene</translation>
    </message>
    <message>
        <source>Time &amp;unit:</source>
        <translation>Tids&amp;enhet:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>CLV &amp;horizon:</source>
        <translation>CLV-&amp;horisont:</translation>
    </message>
    <message>
        <source>% a month</source>
        <translation>% per måned</translation>
    </message>
    <message>
        <source>1% a month is about 12.7% a year</source>
        <translation>1 % per måned er omtrent 12,7 % per år</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>&amp;Diskonteringsrente:</translation>
    </message>
    <message>
        <source>The most common one</source>
        <translation>Den vanligste</translation>
    </message>
    <message>
        <source>Purchases in other currencies are left out, and counted</source>
        <translation>Kjøp i andre valutaer blir utelatt og telt opp</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kjør</translation>
    </message>
</context>
<context>
    <name>relatio::SaveConflictDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Slettet %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>Changed elsewhere — %1</source>
        <translation>Endret et annet sted — %1</translation>
    </message>
    <message>
        <source>Kept from the other change as well, since you did not change them: %1.</source>
        <translation>Også beholdt fra den andre endringen, siden du ikke endret dem: %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Den andres</translation>
    </message>
    <message>
        <source>As you opened it</source>
        <translation>Slik du åpnet den</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation>Alle &amp;mine</translation>
    </message>
    <message>
        <source>All &amp;Theirs</source>
        <translation>Alle den &amp;andres</translation>
    </message>
    <message>
        <source>&amp;Save These Values</source>
        <translation>&amp;Lagre disse verdiene</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Tilbake til redigering</translation>
    </message>
    <message>
        <source>Chooses your value in every field above</source>
        <translation>Velger din verdi i hvert felt ovenfor</translation>
    </message>
    <message>
        <source>Chooses the other change&apos;s value in every field above</source>
        <translation>Velger verdien fra den andre endringen i hvert felt ovenfor</translation>
    </message>
    <message>
        <source>Nothing is saved; your changes stay in the editor</source>
        <translation>Ingenting blir lagret; endringene dine blir stående i skjemaet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed elsewhere while you were working on it&lt;/b&gt; — by a colleague, or by a sync with the team server. You both changed the fields below: choose, for each, the value to keep.</source>
        <translation>&lt;b&gt;%1 ble endret et annet sted mens du arbeidet med den&lt;/b&gt; — av en kollega, eller av en synkronisering med teamserveren. Dere endret begge feltene nedenfor: velg for hvert felt verdien som skal beholdes.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Ikke lagret.</translation>
    </message>
</context>
<context>
    <name>relatio::SegmentReturnModel</name>
    <message>
        <source>No costs recorded for this segment in the period.</source>
        <translation>Ingen kostnader er registrert for dette segmentet i perioden.</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Customers in the segment (by the latest value analysis)</source>
        <translation>Kunder i segmentet (etter den siste verdianalysen)</translation>
    </message>
    <message>
        <source>Purchases in the period</source>
        <translation>Kjøp i perioden</translation>
    </message>
    <message>
        <source>Total customer lifetime value of the segment</source>
        <translation>Samlet kundeverdi (CLV) for segmentet</translation>
    </message>
    <message>
        <source>(Revenue − costs) ÷ costs</source>
        <translation>(Omsetning − kostnader) ÷ kostnader</translation>
    </message>
    <message>
        <source>Total CLV ÷ costs</source>
        <translation>Samlet CLV ÷ kostnader</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omsetning</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Kundeanskaffelse</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundebevaring</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Avkastning</translation>
    </message>
    <message>
        <source>CLV per cost</source>
        <translation>CLV per kostnad</translation>
    </message>
</context>
<context>
    <name>relatio::SegmentsPage</name>
    <message>
        <source>Segments and Lifetime Value</source>
        <translation>Segmenter og kundeverdi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Run Analysis…</source>
        <translation>&amp;Kjør analyse…</translation>
    </message>
    <message>
        <source>Fit the models to the order history and score every customer again</source>
        <translation>Tilpass modellene til ordrehistorikken, og gi alle kunder poeng på nytt</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <source>Run Analysis…</source>
        <translation>Kjør analyse…</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Samlet CLV</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omsetning</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>Gjennomsnittlig CLV</translation>
    </message>
    <message>
        <source>Double-click a customer or press Enter to open the card</source>
        <translation>Dobbeltklikk på en kunde eller trykk Enter for å åpne kortet</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Segmentene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>No value analysis yet.
Run it to score every customer&apos;s recency, frequency and spend, place them in segments and estimate their lifetime value.</source>
        <translation>Ingen verdianalyse ennå.
Kjør den for å gi hver kunde poeng for aktualitet, frekvens og beløp, plassere kundene i segmenter og anslå kundeverdien deres.</translation>
    </message>
    <message>
        <source>No orders yet.
Segments and lifetime values come from the order history: import or enter purchases first.</source>
        <translation>Ingen ordrer ennå.
Segmenter og kundeverdier kommer fra ordrehistorikken: importer eller registrer kjøp først.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 customers, highest lifetime value first. %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 kunder, høyest kundeverdi først. %3</translation>
    </message>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>Kundene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Starting… %p%</source>
        <translation>Starter… %p%</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>The value analysis was cancelled; the previous result stays.</source>
        <translation>Verdianalysen ble avbrutt; det forrige resultatet blir stående.</translation>
    </message>
    <message>
        <source>The value analysis failed: %1</source>
        <translation>Verdianalysen mislyktes: %1</translation>
    </message>
    <message>
        <source>The value analysis failed:
%1</source>
        <translation>Verdianalysen mislyktes:
%1</translation>
    </message>
    <message>
        <source>The last analysis failed: %1</source>
        <translation>Den siste analysen mislyktes: %1</translation>
    </message>
    <message>
        <source>No orders yet: there is nothing to analyse.</source>
        <translation>Ingen ordrer ennå: det er ingenting å analysere.</translation>
    </message>
    <message>
        <source>Analysed %1 customers with %2 purchases.</source>
        <translation>Analyserte %1 kunder med %2 kjøp.</translation>
    </message>
    <message>
        <source>%1 purchases in other currencies (%2) were left out.</source>
        <translation>%1 kjøp i andre valutaer (%2) ble utelatt.</translation>
    </message>
    <message>
        <source>Not every model could be fitted; see the model panel.</source>
        <translation>Ikke alle modellene kunne tilpasses; se modellpanelet.</translation>
    </message>
    <message>
        <source>Worked out on this computer&apos;s copy of the team database, brought up to date each time the analysis runs. The costs and price rules are this computer&apos;s own.</source>
        <translation>Beregnet på denne datamaskinens kopi av teamdatabasen, som oppdateres hver gang analysen kjøres. Kostnadene og prisreglene hører til denne datamaskinen.</translation>
    </message>
    <message>
        <source>No value analysis on this computer yet.
Running it brings the team database&apos;s orders to this computer&apos;s copy first, then scores every customer and estimates their lifetime value.</source>
        <translation>Ingen verdianalyse på denne datamaskinen ennå.
Analysen henter først ordrene fra teamdatabasen til denne datamaskinens kopi, vurderer så hver kunde og anslår kundeverdien.</translation>
    </message>
</context>
<context>
    <name>relatio::StaircaseWidget</name>
    <message>
        <source>Maturity staircase</source>
        <translation>Modenhetstrapp</translation>
    </message>
    <message>
        <source>Phase reached: %1. The CRM&apos;s data supports phase %2.</source>
        <translation>Nådd fase: %1. CRM-dataene støtter fase %2.</translation>
    </message>
    <message>
        <source>Not assessed yet. The CRM&apos;s data supports phase %1.</source>
        <translation>Ikke vurdert ennå. CRM-dataene støtter fase %1.</translation>
    </message>
    <message>
        <source>Reached (self-assessment)</source>
        <translation>Nådd (egenvurdering)</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ikke vurdert ennå</translation>
    </message>
    <message>
        <source>Supported by the CRM&apos;s data</source>
        <translation>Støttet av CRM-dataene</translation>
    </message>
</context>
<context>
    <name>relatio::SyncController</name>
    <message>
        <source>S&amp;ync with Team Server…</source>
        <translation>S&amp;ynkroniser med teamserveren…</translation>
    </message>
    <message>
        <source>Exchange changes with the team database</source>
        <translation>Utveksle endringer med teamdatabasen</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>Synkronisert: %1 sendt, %2 mottatt.</translation>
    </message>
    <message>
        <source>Team server not reached (%1); working offline.</source>
        <translation>Teamserveren ble ikke nådd (%1); arbeider frakoblet.</translation>
    </message>
    <message numerus="yes">
        <source>Edits overwritten by changes made elsewhere at the same time: %n; the customer cards and File › Review Overwritten Edits show them for review.</source>
        <translation>
            <numerusform>%n endring gjort et annet sted samtidig ble overskrevet; kundekortene og Fil › Se gjennom overskrevne endringer viser den til gjennomgang.</numerusform>
            <numerusform>%n endringer gjort et annet sted samtidig ble overskrevet; kundekortene og Fil › Se gjennom overskrevne endringer viser dem til gjennomgang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relatio::SyncDialog</name>
    <message>
        <source>Sync with Team Server</source>
        <translation>Synkroniser med teamserveren</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>kept in the system keychain when remembered</source>
        <translation>lagres i systemets nøkkelring når det huskes</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Husk passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <source>Sync when Relatio &amp;starts and the server can be reached</source>
        <translation>Synkroniser når Relatio &amp;starter og serveren kan nås</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Synkroniser &amp;nå</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Syncing: %1 records</source>
        <translation>Synkroniserer: %1 poster</translation>
    </message>
    <message>
        <source>Sync failed: %1
Nothing was lost; sync again when the server can be reached.</source>
        <translation>Synkroniseringen mislyktes: %1
Ingenting gikk tapt; synkroniser igjen når serveren kan nås.</translation>
    </message>
    <message>
        <source>The connection was not encrypted.</source>
        <translation>Forbindelsen var ikke kryptert.</translation>
    </message>
    <message>
        <source>Changes made here go to the team database, and changes made there come here: customers with their tags and owners, contacts, follow-ups, orders, the consent ledger, erasures and the list of overwritten edits.</source>
        <translation>Endringer gjort her går til teamdatabasen, og endringer gjort der kommer hit: kunder med stikkord og ansvarlige, kontakter, oppfølginger, ordrer, samtykkeregisteret, slettinger og listen over overskrevne endringer.</translation>
    </message>
    <message>
        <source>&amp;Keep here:</source>
        <translation>&amp;Behold her:</translation>
    </message>
    <message>
        <source>Choose the team member, tag or country whose customers this computer keeps.</source>
        <translation>Velg teammedlemmet, stikkordet eller landet som denne datamaskinen skal beholde kundene til.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle kunder</translation>
    </message>
    <message>
        <source>Customers of team member</source>
        <translation>Kunder til teammedlem</translation>
    </message>
    <message>
        <source>Customers with tag</source>
        <translation>Kunder med stikkord</translation>
    </message>
    <message>
        <source>Customers in country</source>
        <translation>Kunder i land</translation>
    </message>
    <message>
        <source>As set now: %1</source>
        <translation>Slik det er satt nå: %1</translation>
    </message>
</context>
<context>
    <name>relatio::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Behandlet av</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klage</translation>
    </message>
</context>
<context>
    <name>relatio::TrendChart</name>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: uncertain</source>
        <translation>Færre enn %1 svar: usikkert</translation>
    </message>
    <message>
        <source>No answers in this period.</source>
        <translation>Ingen svar i denne perioden.</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Ukestart</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Mean CSAT (1–5)</source>
        <translation>Gjennomsnittlig CSAT (1–5)</translation>
    </message>
    <message>
        <source>NPS (−100 to +100)</source>
        <translation>NPS (−100 til +100)</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>95 % konfidensintervall</translation>
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
        <translation>Organisasjonsenheter og teammedlemmer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Gi nytt navn…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Departments and teams</source>
        <translation>Avdelinger og team</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmer</translation>
    </message>
    <message>
        <source>Contacts count for the unit of the team member who handled them.</source>
        <translation>Kontakter telles for enheten til teammedlemmet som behandlet dem.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit of %1</source>
        <translation>Enheten til %1</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <source>Unit not added</source>
        <translation>Enheten ble ikke lagt til</translation>
    </message>
    <message>
        <source>Unit not changed</source>
        <translation>Enheten ble ikke endret</translation>
    </message>
    <message>
        <source>Add organisation unit</source>
        <translation>Legg til organisasjonsenhet</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Rename organisation unit</source>
        <translation>Gi organisasjonsenheten nytt navn</translation>
    </message>
    <message>
        <source>Unit not renamed</source>
        <translation>Enheten fikk ikke nytt navn</translation>
    </message>
    <message>
        <source>Remove organisation unit</source>
        <translation>Fjern organisasjonsenhet</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its maturity assessments? Its team members will be in no unit.</source>
        <translation>Vil du fjerne «%1» med modenhetsvurderingene? Teammedlemmene blir stående uten enhet.</translation>
    </message>
    <message>
        <source>Unit not removed</source>
        <translation>Enheten ble ikke fjernet</translation>
    </message>
</context>
<context>
    <name>relatio::UsageChart</name>
    <message>
        <source>No contacts in this period.</source>
        <translation>Ingen kontakter i denne perioden.</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Ukestart</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>%1: %2 contacts by %3 customers</source>
        <translation>%1: %2 kontakter fra %3 kunder</translation>
    </message>
    <message>
        <source>All channels: %1 contacts</source>
        <translation>Alle kanaler: %1 kontakter</translation>
    </message>
    <message>
        <source>%1: %2 contacts</source>
        <translation>%1: %2 kontakter</translation>
    </message>
</context>
<context>
    <name>relatio::UsageRowsModel</name>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Contacts through %1 that week</source>
        <translation>Kontakter via %1 den uken</translation>
    </message>
</context>
<context>
    <name>relatio::UsageTotalsModel</name>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Contacts (customers) through any channel</source>
        <translation>Kontakter (kunder) via alle kanaler</translation>
    </message>
    <message>
        <source>Contacts through %1, and in brackets the customers who made them</source>
        <translation>Kontakter via %1, og i parentes kundene som sto for dem</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Alle uker</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 contacts by %2 customers</source>
        <translation>%1 kontakter fra %2 kunder</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 kontakter</translation>
    </message>
</context>
<context>
    <name>relatio::ValueSetupActions</name>
    <message>
        <source>&amp;Personas…</source>
        <translation>&amp;Personaer…</translation>
    </message>
    <message>
        <source>Describe the kinds of customers you have and the rules that give each customer one</source>
        <translation>Beskriv hvilke typer kunder dere har, og reglene som gir hver kunde én persona</translation>
    </message>
    <message>
        <source>&amp;Costs…</source>
        <translation>&amp;Kostnader…</translation>
    </message>
    <message>
        <source>Record acquisition and retention costs per segment and channel</source>
        <translation>Registrer kostnader til kundeanskaffelse og kundebevaring per segment og kanal</translation>
    </message>
    <message>
        <source>P&amp;rice Rules…</source>
        <translation>P&amp;risregler…</translation>
    </message>
    <message>
        <source>Individual prices by segment, CLV tier or persona</source>
        <translation>Individuelle priser etter segment, CLV-nivå eller persona</translation>
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
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Phase reached</source>
        <translation>Nådd fase</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Oppfylte kriterier</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurdert av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>relatio::maturity::UnitComparisonModel</name>
    <message>
        <source>not assessed yet</source>
        <translation>ikke vurdert ennå</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Criteria of phase %1 (%2) met in the latest assessment</source>
        <translation>Kriterier for fase %1 (%2) som er oppfylt i den siste vurderingen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Sist vurdert</translation>
    </message>
    <message>
        <source>Phase reached</source>
        <translation>Nådd fase</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
</context>
<context>
    <name>relatio::value::SegmentMembersModel</name>
    <message>
        <source>Days from the last purchase to the end of the calibration period</source>
        <translation>Dager fra siste kjøp til slutten av kalibreringsperioden</translation>
    </message>
    <message>
        <source>Days with a purchase (several on one day count as one)</source>
        <translation>Dager med kjøp (flere kjøp på én dag telles som ett)</translation>
    </message>
    <message>
        <source>Everything bought up to the end of the calibration period</source>
        <translation>Alt som er kjøpt fram til slutten av kalibreringsperioden</translation>
    </message>
    <message>
        <source>The chance that the customer still buys (BG/NBD)</source>
        <translation>Sjansen for at kunden fortsatt kjøper (BG/NBD)</translation>
    </message>
    <message>
        <source>Purchases expected over the horizon (BG/NBD)</source>
        <translation>Forventede kjøp over horisonten (BG/NBD)</translation>
    </message>
    <message>
        <source>Expected spend per purchase (Gamma-Gamma)</source>
        <translation>Forventet beløp per kjøp (Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Customer lifetime value over the horizon, discounted</source>
        <translation>Kundeverdi (CLV) over horisonten, diskontert</translation>
    </message>
    <message>
        <source>1 = top 10% by CLV, 2 = next 20%, 3 = next 30%, 4 = the rest</source>
        <translation>1 = topp 10 % etter CLV, 2 = neste 20 %, 3 = neste 30 %, 4 = resten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Dager siden</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Kjøp</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omsetning</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Exp. purchases</source>
        <translation>Forv. kjøp</translation>
    </message>
    <message>
        <source>Exp. spend</source>
        <translation>Forv. beløp</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
</context>
<context>
    <name>relatio::value::SegmentSummaryModel</name>
    <message>
        <source>Share of the analysed customers</source>
        <translation>Andel av de analyserte kundene</translation>
    </message>
    <message>
        <source>Everything the segment bought up to the end of the calibration period</source>
        <translation>Alt segmentet kjøpte fram til slutten av kalibreringsperioden</translation>
    </message>
    <message>
        <source>Mean customer lifetime value over the horizon</source>
        <translation>Gjennomsnittlig kundeverdi (CLV) over horisonten</translation>
    </message>
    <message>
        <source>The segment&apos;s customer lifetime value over the horizon, summed</source>
        <translation>Segmentets samlede kundeverdi (CLV) over horisonten</translation>
    </message>
    <message>
        <source>Mean chance that a member still buys (BG/NBD)</source>
        <translation>Gjennomsnittlig sjanse for at et medlem fortsatt kjøper (BG/NBD)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omsetning</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>Gjennomsnittlig CLV</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Samlet CLV</translation>
    </message>
    <message>
        <source>Avg. P(alive)</source>
        <translation>Gj.sn. P(alive)</translation>
    </message>
    <message>
        <source>Bought recently and often: the best customers.</source>
        <translation>Har kjøpt nylig og ofte: de beste kundene.</translation>
    </message>
    <message>
        <source>Buy often and fairly recently.</source>
        <translation>Kjøper ofte og ganske nylig.</translation>
    </message>
    <message>
        <source>Recent customers with a few purchases: could become loyal.</source>
        <translation>Har kjøpt nylig, med noen få kjøp: kan bli lojale.</translation>
    </message>
    <message>
        <source>Bought very recently, for the first time or once or twice.</source>
        <translation>Har kjøpt helt nylig, for første gang eller én eller to ganger.</translation>
    </message>
    <message>
        <source>Recent, but have bought little so far.</source>
        <translation>Har kjøpt nylig, men lite så langt.</translation>
    </message>
    <message>
        <source>Middling recency and frequency: slipping without a nudge.</source>
        <translation>Middels aktualitet og frekvens: glir unna uten en dytt.</translation>
    </message>
    <message>
        <source>Not recent and not frequent: about to lapse.</source>
        <translation>Verken nylig eller ofte: i ferd med å falle fra.</translation>
    </message>
    <message>
        <source>Bought often, but not for a long time.</source>
        <translation>Kjøpte ofte, men ikke på lenge.</translation>
    </message>
    <message>
        <source>Used to buy most often, but not for a long time: win them back.</source>
        <translation>Kjøpte oftest av alle, men ikke på lenge: vinn dem tilbake.</translation>
    </message>
    <message>
        <source>Long ago and seldom: the least active.</source>
        <translation>Lenge siden og sjelden: de minst aktive.</translation>
    </message>
</context>
</TS>
