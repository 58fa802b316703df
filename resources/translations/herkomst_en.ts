<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AnalysisExports</name>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG-afbeelding (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument-tekst (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Een figuur kan als png, svg of pdf, niet als &quot;%1&quot;.</source>
        <translation>A figure can be png, svg or pdf, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Een tabel kan als xlsx, csv of docx, niet als &quot;%1&quot;.</source>
        <translation>A table can be xlsx, csv or docx, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>AnalysisStateJson</name>
    <message>
        <source>onbekende maatstaf &quot;%1&quot; in %2 (bekend: %3); het bestand komt misschien uit een nieuwere versie van Herkomst</source>
        <translation>unknown measure &quot;%1&quot; in %2 (known: %3); the file may come from a newer version of Herkomst</translation>
    </message>
    <message>
        <source>onbekende vergelijking &quot;%1&quot; in %2 (gebruik &gt;, &gt;=, &lt; of &lt;=)</source>
        <translation>unknown comparison &quot;%1&quot; in %2 (use &gt;, &gt;=, &lt; or &lt;=)</translation>
    </message>
    <message>
        <source>in %1 is minYearsHolding (%2) groter dan yearWindow (%3)</source>
        <translation>in %1 minYearsHolding (%2) is larger than yearWindow (%3)</translation>
    </message>
    <message>
        <source>drempel in %1 is geen eindig getal</source>
        <translation>the threshold in %1 is not a finite number</translation>
    </message>
    <message>
        <source>drempel %1 in %2 ligt buiten het bereik van %3 (%4 tot en met %5)</source>
        <translation>threshold %1 in %2 lies outside the range of %3 (%4 to %5)</translation>
    </message>
    <message>
        <source>onbekende EU-samenstelling &quot;%1&quot; (bekend: eu27_2020, eu28, year)</source>
        <translation>unknown EU composition &quot;%1&quot; (known: eu27_2020, eu28, year)</translation>
    </message>
    <message>
        <source>onbekende criteriaset &quot;%1&quot; (bekend: %2)</source>
        <translation>unknown criteria set &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>de lijst &quot;criteria&quot; is leeg; een analyse heeft ten minste één criterium</source>
        <translation>the list &quot;criteria&quot; is empty; an analysis has at least one criterion</translation>
    </message>
    <message>
        <source>veld &quot;%1&quot; moet een object zijn</source>
        <translation>field &quot;%1&quot; must be an object</translation>
    </message>
    <message>
        <source>in persistence is minYears (%1) groter dan years (%2)</source>
        <translation>in persistence, minYears (%1) is larger than years (%2)</translation>
    </message>
</context>
<context>
    <name>AnalysisWarning</name>
    <message>
        <source>Stap %1 (%2) is voor elk product onbepaald: gegevensset &quot;%3&quot; heeft geen uitvoer van %4 in %5.</source>
        <translation>Step %1 (%2) is undetermined for every product: data set &quot;%3&quot; has no exports of %4 in %5.</translation>
    </message>
    <message>
        <source>Stap %1 (%2) is voor elk product onbepaald: gegevensset &quot;%3&quot; heeft geen wereldexport in %4.</source>
        <translation>Step %1 (%2) is undetermined for every product: data set &quot;%3&quot; has no world exports in %4.</translation>
    </message>
    <message>
        <source>Stap %1 (%2) is voor elk product onbepaald: de wereldexport van gegevensset &quot;%3&quot; in %4 telt maar %5 exporterende landen, te weinig voor een wereldmarkt (minstens %6).</source>
        <translation>Step %1 (%2) is undetermined for every product: the world exports of data set &quot;%3&quot; in %4 count only %5 exporting countries, too few for a world market (at least %6).</translation>
    </message>
    <message numerus="yes">
        <source>Bij %n product(en) komt een deel van de invoer van een land dat de bron niet noemt (vertrouwelijk of niet gespecificeerd), samen %1 van de invoer: het telt mee in de totale invoer, maar nooit als grootste leverancier.</source>
        <translation>
            <numerusform>For %n product, part of the imports comes from a country the source does not name (confidential or not specified), together %1 of imports: it counts in total imports, but never as the largest supplier.</numerusform>
            <numerusform>For %n products, part of the imports comes from a country the source does not name (confidential or not specified), together %1 of imports: it counts in total imports, but never as the largest supplier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnexReport</name>
    <message>
        <source> in de bedrijfstakken %1</source>
        <translation> in the industries %1</translation>
    </message>
    <message>
        <source>Uitgangspunt zijn de %1 goederen op HS6-niveau die %2 in %3 invoerde%4. Op deze goederen zijn achtereenvolgens de criteria hieronder toegepast; een product blijft over wanneer het aan de regel voldoet. Vergelijkingen zijn strikt (&quot;meer dan&quot;). De EU is gerekend als %5; %2 zelf telt nooit als leverancier.</source>
        <translation>The starting point is the %1 goods at HS6 level that %2 imported in %3%4. The criteria below were applied to these goods one after the other; a product is left when it meets the rule. Comparisons are strict (&quot;more than&quot;). The EU is taken as %5; %2 itself never counts as a supplier.</translation>
    </message>
    <message>
        <source>Criteria: %1, ontleend aan %2.</source>
        <translation>Criteria: %1, taken from %2.</translation>
    </message>
    <message>
        <source>Criteria: %1.</source>
        <translation>Criteria: %1.</translation>
    </message>
    <message>
        <source>Criteria: eigen instelling, uitgaande van %1.</source>
        <translation>Criteria: custom setting, starting from %1.</translation>
    </message>
    <message>
        <source>Criteria: eigen instelling.</source>
        <translation>Criteria: custom setting.</translation>
    </message>
    <message>
        <source>%1: %2. Over: %3, afgevallen: %4</source>
        <translation>%1: %2. Left: %3, dropped: %4</translation>
    </message>
    <message>
        <source>, onbepaald door ontbrekende gegevens: %1</source>
        <translation>, undetermined because of missing data: %1</translation>
    </message>
    <message>
        <source>Tabel 1. Producten per stap van de trechter</source>
        <translation>Table 1. Products at each step of the funnel</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Afgevallen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Onbepaald</source>
        <translation>Undetermined</translation>
    </message>
    <message>
        <source>Gegevens: %1 (%2, %3).</source>
        <translation>Data: %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Europese Commissie (2021), Strategic dependencies and capacities, SWD(2021) 352.</source>
        <translation>European Commission (2021), Strategic dependencies and capacities, SWD(2021) 352.</translation>
    </message>
    <message>
        <source>Kamerbrief over strategische afhankelijkheden, 22 november 2021, Bijlage 1 en 2.</source>
        <translation>Letter to Parliament on strategic dependencies, 22 November 2021, Annexes 1 and 2.</translation>
    </message>
    <message>
        <source>Bijlage: analyse herkomst invoer</source>
        <translation>Annex: analysis of the origin of imports</translation>
    </message>
    <message>
        <source>Bijlage 1. Analyse herkomst Nederlandse invoer</source>
        <translation>Annex 1. Analysis of the origin of Dutch imports</translation>
    </message>
    <message>
        <source>Bijlage 1. Analyse herkomst invoer %1</source>
        <translation>Annex 1. Analysis of the origin of imports, %1</translation>
    </message>
    <message>
        <source>LET OP: gemaakt met synthetische demodata. De cijfers zijn niet echt en niet te citeren.</source>
        <translation>NOTE: made with synthetic demo data. The figures are not real and must not be cited.</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>%1 producten; per product de grootste leverancier buiten de EU, zijn aandeel in de invoer en de invoerwaarde in %2.</source>
        <translation>%1 products; for each product the largest supplier outside the EU, its share in the imports and the import value in %2.</translation>
    </message>
    <message>
        <source>Tabel 2. %1</source>
        <translation>Table 2. %1</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Het rapport kan als docx, odt of pdf, niet als &quot;%1&quot;.</source>
        <translation>The report can be docx, odt or pdf, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kan het rapport niet als PDF opmaken.</source>
        <translation>Cannot lay out the report as PDF.</translation>
    </message>
    <message>
        <source>Geheime of onbekende waarden tellen als ontbrekend, niet als nul. Producten waarvoor een criterium niet te beoordelen is, zijn als onbepaald vermeld en niet meegeteld. Invoer waarvan de bron het land niet noemt (vertrouwelijk of niet gespecificeerd) telt mee in de totale invoer, maar nooit als grootste leverancier.</source>
        <translation>Confidential or unknown values count as missing, not as zero. Products for which a criterion cannot be assessed are listed as undetermined and not counted. Imports whose country the source does not name (confidential or not specified) count in total imports, but never as the largest supplier.</translation>
    </message>
    <message>
        <source>Let op: %1.</source>
        <translation>Note: %1.</translation>
    </message>
    <message>
        <source>%1 van %2 tot %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Hoe gevoelig is de uitkomst?</source>
        <translation>How sensitive is the outcome?</translation>
    </message>
    <message>
        <source>De uitkomst rust op drempels die met de hand zijn gekozen. De figuren tonen hoeveel producten na de laatste stap overblijven bij andere drempels: eerst voor elk criterium afzonderlijk, dan voor twee criteria samen. De andere drempels blijven zoals in deze analyse.</source>
        <translation>The outcome rests on thresholds chosen by hand. The figures show how many products remain after the last step at other thresholds: first for each criterion on its own, then for two criteria together. The other thresholds stay as in this analysis.</translation>
    </message>
    <message>
        <source>Robuuste kern: %1 van de %2 producten blijven na de laatste stap bij elke combinatie van drempels met %3; %4 producten blijven bij sommige combinaties.</source>
        <translation>Robust core: %1 of the %2 products remain after the last step at every combination of thresholds with %3; %4 products remain at some combinations.</translation>
    </message>
    <message>
        <source>Randgevallen: geen product wisselt van uitkomst als één drempel binnen ±%1 van zichzelf verschuift.</source>
        <translation>Borderline cases: no product changes outcome when one threshold moves within ±%1 of itself.</translation>
    </message>
    <message>
        <source>Randgevallen: %1 producten wisselen van uitkomst als één drempel binnen ±%2 van zichzelf verschuift. Deze producten maken het verschil.</source>
        <translation>Borderline cases: %1 products change outcome when one threshold moves within ±%2 of itself. These products make the difference.</translation>
    </message>
    <message>
        <source>Randgevallen bij ±%1, grootste invoer eerst</source>
        <translation>Borderline cases at ±%1, largest imports first</translation>
    </message>
    <message>
        <source>HS6</source>
        <translation>HS6</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Marge</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>blijft</source>
        <translation>stays</translation>
    </message>
    <message>
        <source>valt af</source>
        <translation>drops out</translation>
    </message>
    <message>
        <source>En nog %1 producten; de producttabel (filter Randgevallen) toont ze alle.</source>
        <translation>And %1 more products; the product table (filter Borderline cases) shows them all.</translation>
    </message>
    <message>
        <source>Marge: hoe ver het product van de dichtstbijzijnde drempel ligt, als deel van die drempel; negatief voor producten die nu afvallen.</source>
        <translation>Margin: how far the product lies from the nearest threshold, as a fraction of that threshold; negative for products that drop out now.</translation>
    </message>
</context>
<context>
    <name>ChartCaption</name>
    <message>
        <source>eigen instelling</source>
        <translation>custom setting</translation>
    </message>
    <message>
        <source>Geen criteria (eigen instelling): alle ingevoerde producten</source>
        <translation>No criteria (custom setting): all imported products</translation>
    </message>
    <message>
        <source>Criteria %1: %2</source>
        <translation>Criteria %1: %2</translation>
    </message>
    <message>
        <source>Criteria (eigen instelling): %1</source>
        <translation>Criteria (custom setting): %1</translation>
    </message>
    <message>
        <source>Bron: CEPII BACI, bewerking BZ</source>
        <translation>Source: CEPII BACI, processed by Foreign Affairs</translation>
    </message>
    <message>
        <source>Bron: Eurostat Comext, bewerking BZ</source>
        <translation>Source: Eurostat Comext, processed by Foreign Affairs</translation>
    </message>
    <message>
        <source>Bron: UN Comtrade, bewerking BZ</source>
        <translation>Source: UN Comtrade, processed by Foreign Affairs</translation>
    </message>
    <message>
        <source>Bron: synthetische demodata, gegenereerd door Herkomst (geen echte cijfers)</source>
        <translation>Source: synthetic demo data, generated by Herkomst (not real figures)</translation>
    </message>
    <message>
        <source>Bron: CBS, figuur BZ</source>
        <translation>Source: CBS, figure by Foreign Affairs (BZ)</translation>
    </message>
    <message>
        <source>Invoer %1, %2 (HS6)</source>
        <translation>Imports %1, %2 (HS6)</translation>
    </message>
    <message>
        <source>EU gerekend als %1</source>
        <translation>EU taken as %1</translation>
    </message>
    <message>
        <source>Bedrijfstakken: %1</source>
        <translation>Industries: %1</translation>
    </message>
    <message>
        <source>synthetische demodata</source>
        <translation>synthetic demo data</translation>
    </message>
    <message>
        <source>Let op: synthetische demodata, geen echte cijfers</source>
        <translation>Note: synthetic demo data, not real figures</translation>
    </message>
    <message>
        <source>Ingevoerde producten</source>
        <translation>Imported products</translation>
    </message>
    <message>
        <source>Geconcentreerde producten</source>
        <translation>Concentrated products</translation>
    </message>
    <message>
        <source>Producten na stap %1 (%2)</source>
        <translation>Products after step %1 (%2)</translation>
    </message>
    <message>
        <source>Geen ingevoerde producten bij deze selectie.</source>
        <translation>No imported products in this selection.</translation>
    </message>
    <message>
        <source>Geen producten na stap %1 bij deze drempels.</source>
        <translation>No products after step %1 at these thresholds.</translation>
    </message>
    <message>
        <source>Gegevens: %1; invoer van %2 in %3.</source>
        <translation>Data: %1; imports of %2 in %3.</translation>
    </message>
    <message>
        <source>EU gerekend als %1.</source>
        <translation>EU taken as %1.</translation>
    </message>
    <message>
        <source>Bedrijfstakken: %1.</source>
        <translation>Industries: %1.</translation>
    </message>
    <message>
        <source>Ontbrekende (geheime of onbekende) waarden zijn leeg gelaten, niet als nul geteld.</source>
        <translation>Missing (confidential or unknown) values are left empty, not counted as zero.</translation>
    </message>
    <message>
        <source>LET OP: synthetische demodata, geen echte cijfers.</source>
        <translation>NOTE: synthetic demo data, not real figures.</translation>
    </message>
    <message>
        <source>Let op: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Let op: %1.</source>
        <translation>Note: %1.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Ongeldige afmetingen: breedte %1 cm, hoogte %2 cm, %3 dpi.</source>
        <translation>Invalid size: width %1 cm, height %2 cm, %3 dpi.</translation>
    </message>
    <message>
        <source>Kan de afbeelding niet als PNG opslaan.</source>
        <translation>Cannot save the image as PNG.</translation>
    </message>
    <message>
        <source>Kan geen PDF maken voor %1.</source>
        <translation>Cannot create a PDF for %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Gebruik: herkomst-cli &lt;opdracht&gt; [opties]</source>
        <translation>Usage: herkomst-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Opdrachten:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Hulp bij een opdracht: herkomst-cli &lt;opdracht&gt; --help</source>
        <translation>Help on a command: herkomst-cli &lt;command&gt; --help</translation>
    </message>
    <message>
        <source>Onbekende opdracht &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Onverwacht argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Geef met --out het bestand op dat gemaakt moet worden.</source>
        <translation>Give the file to make with --out.</translation>
    </message>
    <message>
        <source>Gegevens: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>[SYNTHETISCHE DEMODATA, geen echte cijfers]</source>
        <translation>[SYNTHETIC DEMO DATA, not real figures]</translation>
    </message>
    <message>
        <source>Rapporteur %1, jaar %2, %3; criteria: %4</source>
        <translation>Reporter %1, year %2, %3; criteria: %4</translation>
    </message>
    <message>
        <source>Bedrijfstakken: %1</source>
        <translation>Industries: %1</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Afgevallen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Onbepaald</source>
        <translation>Undetermined</translation>
    </message>
    <message>
        <source>Overgebleven producten per grootste niet-EU-leverancier:</source>
        <translation>Products left by largest non-EU supplier:</translation>
    </message>
    <message>
        <source>%1 mln %2</source>
        <translation>%1 mln %2</translation>
    </message>
    <message>
        <source>Trechteranalyse draaien en tonen (tabel of --json).</source>
        <translation>Run the funnel analysis and show it (table or --json).</translation>
    </message>
    <message>
        <source>Uitvoer als één JSON-object.</source>
        <translation>Output as one JSON object.</translation>
    </message>
    <message>
        <source>Database (SQLite); zonder: de synthetische demodata.</source>
        <translation>Database (SQLite); without it: the synthetic demo data.</translation>
    </message>
    <message>
        <source>bestand</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Naam van de gegevensset in de database.</source>
        <translation>Name of the data set in the database.</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Rapporterend land (ISO3), standaard NLD.</source>
        <translation>Reporter (ISO3), NLD by default.</translation>
    </message>
    <message>
        <source>iso3</source>
        <translation>iso3</translation>
    </message>
    <message>
        <source>Jaar; standaard het laatste jaar in de gegevens.</source>
        <translation>Year; by default the latest year in the data.</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Criteria: cbs2021 (standaard), ec2021 of geodep.</source>
        <translation>Criteria: cbs2021 (default), ec2021 or geodep.</translation>
    </message>
    <message>
        <source>Drempel aanpassen, bijv. supplier_share=0.6 of net_importer=off (herhaalbaar).</source>
        <translation>Change a threshold, e.g. supplier_share=0.6 or net_importer=off (repeatable).</translation>
    </message>
    <message>
        <source>criterium=drempel</source>
        <translation>criterion=threshold</translation>
    </message>
    <message>
        <source>EU-samenstelling: eu27_2020 (standaard), eu28 of year.</source>
        <translation>EU composition: eu27_2020 (default), eu28 or year.</translation>
    </message>
    <message>
        <source>Alleen deze bedrijfstak (herhaalbaar).</source>
        <translation>Only this industry (repeatable).</translation>
    </message>
    <message>
        <source>--year verwacht een jaartal, niet &quot;%1&quot;.</source>
        <translation>--year expects a year, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--eu kent eu27_2020, eu28 en year, niet &quot;%1&quot;.</source>
        <translation>--eu knows eu27_2020, eu28 and year, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Onbekende criteriaset &quot;%1&quot;; kies cbs2021, ec2021 of geodep.</source>
        <translation>Unknown criteria set &quot;%1&quot;; choose cbs2021, ec2021 or geodep.</translation>
    </message>
    <message>
        <source>--set verwacht criterium=drempel, niet &quot;%1&quot;.</source>
        <translation>--set expects criterion=threshold, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Criterium &quot;%1&quot; komt niet voor in deze criteriaset; bekend: %2</source>
        <translation>Criterion &quot;%1&quot; is not in this criteria set; known: %2</translation>
    </message>
    <message>
        <source>Drempel voor %1 is geen getal: &quot;%2&quot;.</source>
        <translation>The threshold for %1 is not a number: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Drempel %1 voor %2 ligt buiten het bereik %3 tot en met %4.</source>
        <translation>Threshold %1 for %2 lies outside the range %3 to %4.</translation>
    </message>
    <message>
        <source>Een aandeel van 60 % schrijf je als 0.6 of 60%.</source>
        <translation>Write a share of 60 % as 0.6 or 60%.</translation>
    </message>
    <message>
        <source>Database %1 bestaat niet.</source>
        <translation>Database %1 does not exist.</translation>
    </message>
    <message>
        <source>Een database volledig controleren op beschadiging (SQLite integrity_check).</source>
        <translation>Check a database fully for damage (SQLite integrity_check).</translation>
    </message>
    <message>
        <source>Database (SQLite); standaard de eigen database van Herkomst.</source>
        <translation>Database (SQLite); by default Herkomst&apos;s own database.</translation>
    </message>
    <message>
        <source>De database %1 is beschadigd. SQLite meldt:</source>
        <translation>The database %1 is damaged. SQLite reports:</translation>
    </message>
    <message>
        <source>Herkomst analyseert deze database niet. Importeer de bronbestanden opnieuw in een nieuwe database, of zet een reservekopie terug.</source>
        <translation>Herkomst does not analyse this database. Import the source files again into a new database, or restore a backup.</translation>
    </message>
    <message>
        <source>De database %1 is in orde: schemaversie %2, %3 gegevenssets; SQLite integrity_check: ok.</source>
        <translation>The database %1 is sound: schema version %2, %3 data sets; SQLite integrity_check: ok.</translation>
    </message>
    <message>
        <source>Taal: --lang nl of --lang en (standaard de taal van de omgeving, LANG)</source>
        <translation>Language: --lang nl or --lang en (by default the environment&apos;s language, LANG)</translation>
    </message>
    <message>
        <source>Onbekende taal &quot;%1&quot;; kies %2.</source>
        <translation>Unknown language &quot;%1&quot;; choose %2.</translation>
    </message>
    <message>
        <source>--lang verwacht een taal: nl of en.</source>
        <translation>--lang expects a language: nl or en.</translation>
    </message>
    <message>
        <source>De vertaling voor %1 ontbreekt; de uitvoer blijft Nederlands.</source>
        <translation>The translation for %1 is missing; the output stays Dutch.</translation>
    </message>
    <message>
        <source>Gegevenssets in een database tonen, met herkomst, jaren en aantallen rijen.</source>
        <translation>Show the data sets in a database, with provenance, years and row counts.</translation>
    </message>
    <message>
        <source>Geen gegevenssets in %1.</source>
        <translation>No data sets in %1.</translation>
    </message>
    <message>
        <source>[synthetisch]</source>
        <translation>[synthetic]</translation>
    </message>
    <message>
        <source>bron: %1; valuta: %2 (%3); geïmporteerd: %4</source>
        <translation>source: %1; currency: %2 (%3); imported: %4</translation>
    </message>
    <message>
        <source>opgeslagen: %1 rijen</source>
        <translation>stored: %1 rows</translation>
    </message>
    <message>
        <source>bestand: %1 (sha256 %2…; %3 rijen gelezen, %4 gebruikt, %5 geweigerd)</source>
        <translation>file: %1 (sha256 %2…; %3 rows read, %4 used, %5 rejected)</translation>
    </message>
    <message>
        <source>wereld</source>
        <translation>world</translation>
    </message>
    <message>
        <source>%1 %2: invoer %3, uitvoer %4, wereldexport %5, wereld-HHI %6 rijen</source>
        <translation>%1 %2: imports %3, exports %4, world exports %5, world HHI %6 rows</translation>
    </message>
    <message>
        <source>De synthetische demodata in een database schrijven.</source>
        <translation>Write the synthetic demo data into a database.</translation>
    </message>
    <message>
        <source>Database (SQLite); wordt aangemaakt als die er niet is.</source>
        <translation>Database (SQLite); created when it does not exist.</translation>
    </message>
    <message>
        <source>--db is verplicht.</source>
        <translation>--db is required.</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; geschreven naar %2 (synthetisch).</source>
        <translation>Data set &quot;%1&quot; written to %2 (synthetic).</translation>
    </message>
    <message>
        <source>Gebruik een Nederlandse of Engelse landnaam of ISO-code, leg een alias vast in het importvenster van Herkomst, of importeer met --skip-unmatched om deze regels over te slaan.</source>
        <translation>Use a Dutch or English country name or ISO code, record an alias in Herkomst&apos;s import window, or import with --skip-unmatched to skip these rows.</translation>
    </message>
    <message>
        <source>Verwijder die gegevensset eerst, of importeer opnieuw met --allow-duplicate.</source>
        <translation>Remove that data set first, or import again with --allow-duplicate.</translation>
    </message>
    <message>
        <source>Kies een (andere) naam met --name.</source>
        <translation>Choose a (different) name with --name.</translation>
    </message>
    <message>
        <source>Geef het jaar op met --year.</source>
        <translation>Give the year with --year.</translation>
    </message>
    <message>
        <source>Geef het bestand met BACI-landcodes op met --countries.</source>
        <translation>Give the BACI country-code file with --countries.</translation>
    </message>
    <message>
        <source>Kies een rapporterend land dat in het bestand staat met --reporter.</source>
        <translation>Choose a reporter that is in the file with --reporter.</translation>
    </message>
    <message>
        <source>%1 of auto (standaard).</source>
        <translation>%1 or auto (default).</translation>
    </message>
    <message>
        <source>formaat</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Naam van de nieuwe gegevensset.</source>
        <translation>Name of the new data set.</translation>
    </message>
    <message>
        <source>Jaar; standaard uit de gegevens.</source>
        <translation>Year; by default from the data.</translation>
    </message>
    <message>
        <source>BACI-landcodes (country_codes_V*.csv).</source>
        <translation>BACI country codes (country_codes_V*.csv).</translation>
    </message>
    <message>
        <source>BACI-productcodes (product_codes_HS*_V*.csv).</source>
        <translation>BACI product codes (product_codes_HS*_V*.csv).</translation>
    </message>
    <message>
        <source>Regels met een onbekend land overslaan (en melden) in plaats van de import te weigeren.</source>
        <translation>Skip (and report) rows with an unknown country instead of refusing the import.</translation>
    </message>
    <message>
        <source>Een bestand dat al geïmporteerd is toch opnieuw importeren.</source>
        <translation>Import a file that was already imported once more anyway.</translation>
    </message>
    <message>
        <source>Afgewezen en overgeslagen regels naar dit CSV-bestand schrijven.</source>
        <translation>Write rejected and skipped rows to this CSV file.</translation>
    </message>
    <message>
        <source>Aantal threads voor BACI (standaard 2).</source>
        <translation>Number of threads for BACI (2 by default).</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>count</translation>
    </message>
    <message>
        <source>De te importeren bestanden.</source>
        <translation>The files to import.</translation>
    </message>
    <message>
        <source>BESTAND...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>--db en minstens één bestand zijn verplicht.</source>
        <translation>--db and at least one file are required.</translation>
    </message>
    <message>
        <source>--threads verwacht 1 tot 8.</source>
        <translation>--threads expects 1 to 8.</translation>
    </message>
    <message>
        <source>--reporter all gaat niet samen met andere landen.</source>
        <translation>--reporter all does not go with other countries.</translation>
    </message>
    <message>
        <source>Het formaat van de bestanden is niet herkend; kies --format %1.</source>
        <translation>The files&apos; format was not recognised; choose --format %1.</translation>
    </message>
    <message>
        <source>Onbekend formaat &quot;%1&quot;; kies %2 of auto.</source>
        <translation>Unknown format &quot;%1&quot;; choose %2 or auto.</translation>
    </message>
    <message>
        <source>Kan %1 niet schrijven: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Er is niets geïmporteerd.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Opgeslagen analyse (.herkomst) opnieuw draaien, met dezelfde uitvoer als analyse.</source>
        <translation>Run a saved analysis (.herkomst) again, with the same output as analyse.</translation>
    </message>
    <message>
        <source>De opgeslagen analyse (.herkomst).</source>
        <translation>The saved analysis (.herkomst).</translation>
    </message>
    <message>
        <source>Andere database dan die in de analyse staat (bijv. na verhuizen).</source>
        <translation>Another database than the one the analysis names (e.g. after moving it).</translation>
    </message>
    <message>
        <source>Geef precies één analysebestand: herkomst-cli open BESTAND.herkomst [--json]</source>
        <translation>Give exactly one analysis file: herkomst-cli open FILE.herkomst [--json]</translation>
    </message>
    <message>
        <source>Database %1 van deze analyse bestaat niet; geef een andere met --db.</source>
        <translation>Database %1 of this analysis does not exist; give another with --db.</translation>
    </message>
    <message>
        <source>--vary %1: &quot;%2&quot; is geen getal.</source>
        <translation>--vary %1: &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <source>--vary verwacht criterium=van:tot:stap, bijv. supplier_share=40%:60%:1%, niet &quot;%1&quot;.</source>
        <translation>--vary expects criterion=from:to:step, e.g. supplier_share=40%:60%:1%, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--vary %1: de stap moet een getal groter dan 0 zijn, niet &quot;%2&quot;.</source>
        <translation>--vary %1: the step must be a number above 0, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--vary %1: het begin (%2) ligt boven het eind (%3); schrijf van:tot:stap.</source>
        <translation>--vary %1: the start (%2) lies above the end (%3); write from:to:step.</translation>
    </message>
    <message>
        <source>--vary %1: dat zijn meer dan %2 drempels; kies een grotere stap.</source>
        <translation>--vary %1: that is more than %2 thresholds; choose a larger step.</translation>
    </message>
    <message>
        <source>Te veel combinaties van drempels (meer dan %1); kies grotere stappen.</source>
        <translation>Too many combinations of thresholds (more than %1); choose larger steps.</translation>
    </message>
    <message>
        <source>--vary noemt hetzelfde criterium twee keer.</source>
        <translation>--vary names the same criterion twice.</translation>
    </message>
    <message>
        <source>De gevoeligheid kan voor deze criteria niet worden berekend.</source>
        <translation>The sensitivity cannot be computed for these criteria.</translation>
    </message>
    <message>
        <source>Gevoeligheid van de trechter; gegevens: %1</source>
        <translation>Sensitivity of the funnel; data: %1</translation>
    </message>
    <message>
        <source>Gevarieerd: %1 [%2] van %3 tot %4 in stappen van %5.</source>
        <translation>Varied: %1 [%2] from %3 to %4 in steps of %5.</translation>
    </message>
    <message>
        <source>De andere drempels blijven zoals in de analyse.</source>
        <translation>The other thresholds stay as in the analysis.</translation>
    </message>
    <message>
        <source>Stap %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Drempel</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Stap %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>* de drempel van de analyse</source>
        <translation>* the analysis&apos;s threshold</translation>
    </message>
    <message>
        <source>Producten na de laatste stap (%1) per combinatie; rijen: %2, kolommen: %3.</source>
        <translation>Products after the last step (%1) per combination; rows: %2, columns: %3.</translation>
    </message>
    <message>
        <source>Onbepaald (alle stappen samen): %1 tot %2 producten per combinatie.</source>
        <translation>Undetermined (all steps together): %1 to %2 products per combination.</translation>
    </message>
    <message>
        <source>Robuuste kern: %1 producten blijven over bij elke drempel in dit bereik; met de drempels van de analyse zijn het er %2.</source>
        <translation>Robust core: %1 products are left at every threshold in this range; with the analysis&apos;s thresholds there are %2.</translation>
    </message>
    <message>
        <source>%1 producten blijven alleen bij een deel van deze drempels over; zij maken het verschil (grootste invoer eerst; * = in de uitkomst van de analyse):</source>
        <translation>%1 products are left at only some of these thresholds; they make the difference (largest imports first; * = in the analysis&apos;s result):</translation>
    </message>
    <message>
        <source>… en %1 meer (alle met --json).</source>
        <translation>… and %1 more (all with --json).</translation>
    </message>
    <message>
        <source>Trechter bij een reeks drempels: gevoeligheid en robuuste kern (tabel of --json).</source>
        <translation>The funnel over a range of thresholds: sensitivity and robust core (table or --json).</translation>
    </message>
    <message>
        <source>Drempel die varieert, bijv. supplier_share=40%:60%:1% (een of twee keer).</source>
        <translation>Threshold to vary, e.g. supplier_share=40%:60%:1% (once or twice).</translation>
    </message>
    <message>
        <source>criterium=van:tot:stap</source>
        <translation>criterion=from:to:step</translation>
    </message>
    <message>
        <source>Geef met --vary de drempel die varieert, bijv. --vary supplier_share=40%:60%:1%.</source>
        <translation>Give the threshold to vary with --vary, e.g. --vary supplier_share=40%:60%:1%.</translation>
    </message>
    <message>
        <source>--vary hoogstens twee keer: een reeks van één drempel of een raster van twee.</source>
        <translation>--vary at most twice: a series of one threshold or a grid of two.</translation>
    </message>
    <message>
        <source>--%1 verwacht een getal, niet &quot;%2&quot;.</source>
        <translation>--%1 expects a number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--measure kent count en value, niet &quot;%1&quot;.</source>
        <translation>--measure accepts count and value, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--top verwacht een positief geheel getal.</source>
        <translation>--top expects a positive whole number.</translation>
    </message>
    <message>
        <source>Product %1 komt niet voor in de gegevens; geef een HS6-code met --hs6.</source>
        <translation>Product %1 does not occur in the data; give an HS6 code with --hs6.</translation>
    </message>
    <message>
        <source>Een figuur kan als png, svg of pdf, niet als &quot;%1&quot;.</source>
        <translation>A figure can be png, svg or pdf, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--svg-text kent text en paths, niet &quot;%1&quot;.</source>
        <translation>--svg-text knows text and paths, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Figuur geschreven: %1 (%2 × %3 cm)</source>
        <translation>Figure written: %1 (%2 × %3 cm)</translation>
    </message>
    <message>
        <source>, %1 × %2 px bij %3 dpi</source>
        <translation>, %1 × %2 px at %3 dpi</translation>
    </message>
    <message>
        <source>Een tabel kan als xlsx, csv of docx, niet als &quot;%1&quot;.</source>
        <translation>A table can be xlsx, csv or docx, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tabel geschreven: %1 (%2 rijen)</source>
        <translation>Table written: %1 (%2 rows)</translation>
    </message>
    <message>
        <source>Figuur (png, svg, pdf) of tabel (xlsx, csv, docx) exporteren.</source>
        <translation>Export a figure (png, svg, pdf) or table (xlsx, csv, docx).</translation>
    </message>
    <message>
        <source>figuur</source>
        <translation>figure</translation>
    </message>
    <message>
        <source>tabel</source>
        <translation>table</translation>
    </message>
    <message>
        <source>png, svg, pdf, xlsx, csv of docx; standaard de extensie van --out.</source>
        <translation>png, svg, pdf, xlsx, csv or docx; by default the extension of --out.</translation>
    </message>
    <message>
        <source>Uitvoerbestand.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <source>Breedte in cm (standaard 16).</source>
        <translation>Width in cm (default 16).</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Hoogte in cm (standaard: passend bij de figuur).</source>
        <translation>Height in cm (default: to fit the figure).</translation>
    </message>
    <message>
        <source>Resolutie van een png (standaard 300).</source>
        <translation>Resolution of a png (default 300).</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>Bronregel onder de figuur (standaard die van de gegevens, bij CBS &quot;Bron: CBS, figuur BZ&quot;).</source>
        <translation>Source line under the figure (by default the data&apos;s, for CBS &quot;Source: CBS, figure by Foreign Affairs (BZ)&quot;).</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Landenfiguur: count (aantal) of value (invoerwaarde).</source>
        <translation>Countries figure: count (number) or value (import value).</translation>
    </message>
    <message>
        <source>maat</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>Landenfiguur: gestapeld naar bedrijfstak.</source>
        <translation>Countries figure: stacked by industry.</translation>
    </message>
    <message>
        <source>SVG: text (tekst met lettertypelijst, standaard) of paths (tekst als vormen, overal gelijk).</source>
        <translation>SVG: text (text with a font list, default) or paths (text as shapes, the same everywhere).</translation>
    </message>
    <message>
        <source>vorm</source>
        <translation>form</translation>
    </message>
    <message>
        <source>Landenfiguur: aantal landen, de rest als &quot;overige&quot;.</source>
        <translation>Countries figure: number of countries, the rest as &quot;other&quot;.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Productfiguur: HS6-code.</source>
        <translation>Product figure: HS6 code.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Kies --chart of --table.</source>
        <translation>Choose --chart or --table.</translation>
    </message>
    <message>
        <source>Let op: synthetische demodata, geen echte cijfers.</source>
        <translation>Note: synthetic demo data, not real figures.</translation>
    </message>
    <message>
        <source>Bijlagerapport (docx, odt of pdf) met methode, figuren en productlijst.</source>
        <translation>Annex report (docx, odt or pdf) with method, figures and product list.</translation>
    </message>
    <message>
        <source>docx, odt of pdf; standaard de extensie van --out.</source>
        <translation>docx, odt or pdf; by default the extension of --out.</translation>
    </message>
    <message>
        <source>Bronregel onder de figuren (standaard die van de gegevens, bij CBS &quot;Bron: CBS, figuur BZ&quot;).</source>
        <translation>Source line under the figures (by default the data&apos;s, for CBS &quot;Source: CBS, figure by Foreign Affairs (BZ)&quot;).</translation>
    </message>
    <message>
        <source>Het rapport kan als docx, odt of pdf, niet als &quot;%1&quot;.</source>
        <translation>The report can be docx, odt or pdf, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rapport geschreven: %1</source>
        <translation>Report written: %1</translation>
    </message>
    <message>
        <source>Eenheid van invoerwaarden: mln (mln euro, standaard) of thousand (x 1.000 euro).</source>
        <translation>Unit of import values: mln (mln euro, default) or thousand (x 1,000 euro).</translation>
    </message>
    <message>
        <source>eenheid</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>--unit kent mln en thousand, niet &quot;%1&quot;.</source>
        <translation>--unit knows mln and thousand, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Let op: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Handelsgegevens importeren in een database (%1).</source>
        <translation>Import trade data into a database (%1).</translation>
    </message>
    <message>
        <source>Formaten:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <source>Bestanden mogen ook komen zoals ze gedownload zijn: als zip, 7z, gz of tar.gz (een BACI-zip met al zijn jaren en codelijsten).</source>
        <translation>Files may also come as downloaded: as zip, 7z, gz or tar.gz (a BACI zip with all its years and code lists).</translation>
    </message>
    <message>
        <source>Rapporterend land (ISO3), herhaalbaar; all voor elk land in het bestand; EU27 of EU28 voor de EU als één rapporteur (invoer van buiten de EU, handel binnen de EU apart); standaard NLD.</source>
        <translation>Reporter (ISO3), repeatable; all for every country in the file; EU27 or EU28 for the EU as one reporter (imports from outside the EU, intra-EU trade kept apart); NLD by default.</translation>
    </message>
    <message>
        <source>Over meerdere jaren: K/N houdt een product dat in ten minste K van de laatste N jaar aan de criteria voldoet (bijv. 2/3), off voor één jaar; standaard die van de criteriaset.</source>
        <translation>Over several years: K/N keeps a product that meets the criteria in at least K of the last N years (e.g. 2/3), off for one year; by default the criteria set&apos;s.</translation>
    </message>
    <message>
        <source>K/N</source>
        <translation>K/N</translation>
    </message>
    <message>
        <source>--persistence verwacht K/N met 1 ≤ K ≤ N ≤ 50 (bijv. 2/3) of off, niet &quot;%1&quot;.</source>
        <translation>--persistence expects K/N with 1 ≤ K ≤ N ≤ 50 (e.g. 2/3) or off, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Diensteninvoer per partner importeren (CBS StatLine, CSV of XLSX) voor tabel 1.</source>
        <translation>Import services imports by partner (CBS StatLine, CSV or XLSX) for Table 1.</translation>
    </message>
    <message>
        <source>Naam van de nieuwe gegevensset (standaard de bestandsnaam).</source>
        <translation>Name of the new data set (by default the file name).</translation>
    </message>
    <message>
        <source>Rapporterend land van de tabel (ISO3), standaard NLD.</source>
        <translation>Reporter of the table (ISO3), NLD by default.</translation>
    </message>
    <message>
        <source>De tabel met diensteninvoer per partner.</source>
        <translation>The table of services imports by partner.</translation>
    </message>
    <message>
        <source>Geef een database met --db en precies één bestand.</source>
        <translation>Give a database with --db and exactly one file.</translation>
    </message>
    <message>
        <source>Diensten geïmporteerd als &quot;%1&quot;: %2 waarden, %3 partners, %4 jaren.</source>
        <translation>Services imported as &quot;%1&quot;: %2 values, %3 partners, %4 years.</translation>
    </message>
    <message>
        <source>Tabel 1 Vergelijking tussen diensten- en goedereninvoer, %1 (%2, mln %3)</source>
        <translation>Table 1 Comparison of services and goods imports, %1 (%2, mln %3)</translation>
    </message>
    <message>
        <source>Diensten</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Goederen</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>(geen dienstengegevens)</source>
        <translation>(no services data)</translation>
    </message>
    <message>
        <source>Tabel 1: de grootste partners voor diensten- en goedereninvoer naast elkaar.</source>
        <translation>Table 1: the largest partners for services and goods imports side by side.</translation>
    </message>
    <message>
        <source>Uitvoer als JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <source>Aantal partners per lijst (standaard 20).</source>
        <translation>Number of partners per list (20 by default).</translation>
    </message>
    <message>
        <source>letter (tabel 1 van de Kamerbrief, &quot;Kamerbrief 2021&quot;) of data (standaard met --db of --goods-dataset).</source>
        <translation>letter (Table 1 of the parliamentary letter, &quot;Kamerbrief 2021&quot;) or data (the default with --db or --goods-dataset).</translation>
    </message>
    <message>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Gegevensset met de goedereninvoer.</source>
        <translation>Data set with the goods imports.</translation>
    </message>
    <message>
        <source>Gegevensset met de diensteninvoer.</source>
        <translation>Data set with the services imports.</translation>
    </message>
    <message>
        <source>--source kent letter en data, niet &quot;%1&quot;.</source>
        <translation>--source knows letter and data, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--source letter is de tabel van de Kamerbrief (2020); --db, --goods-dataset, --services-dataset en --year horen bij --source data.</source>
        <translation>--source letter is the table of the parliamentary letter (2020); --db, --goods-dataset, --services-dataset and --year go with --source data.</translation>
    </message>
    <message>
        <source>--services-dataset vraagt om --db: de demodata hebben geen diensten.</source>
        <translation>--services-dataset needs --db: the demo data have no services.</translation>
    </message>
    <message>
        <source>De database bevat meerdere gegevenssets met goederen; kies er een met --goods-dataset: %1</source>
        <translation>The database holds several data sets with goods; choose one with --goods-dataset: %1</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; bevat geen diensteninvoer; importeer die met import-services.</source>
        <translation>Data set &quot;%1&quot; holds no services imports; import them with import-services.</translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>diensten: %1</source>
        <translation>services: %1</translation>
    </message>
    <message>
        <source>--year geldt hier niet: trend toont elk jaar, compare de jaren van --from en --to.</source>
        <translation>--year does not apply here: trend shows every year, compare the years of --from and --to.</translation>
    </message>
    <message>
        <source>--%1 verwacht een jaartal, niet &quot;%2&quot;.</source>
        <translation>--%1 expects a year, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>De trechter voor elk jaar van de gegevensset (tabel of --json).</source>
        <translation>The funnel for every year of the data set (table or --json).</translation>
    </message>
    <message>
        <source>Tussen haakjes: onbepaald (gegevens ontbreken).</source>
        <translation>In brackets: undetermined (data missing).</translation>
    </message>
    <message>
        <source>Twee jaren vergelijken: nieuwe, verdwenen en blijvende producten (tabel of --json).</source>
        <translation>Compare two years: new, gone and persistent products (table or --json).</translation>
    </message>
    <message>
        <source>Het eerste jaar.</source>
        <translation>The first year.</translation>
    </message>
    <message>
        <source>Het tweede jaar.</source>
        <translation>The second year.</translation>
    </message>
    <message>
        <source>Na de laatste stap, %1 → %2: %3 nieuw, %4 verdwenen, %5 gebleven.</source>
        <translation>After the last step, %1 → %2: %3 new, %4 gone, %5 persistent.</translation>
    </message>
    <message>
        <source>in %1 niet ingevoerd</source>
        <translation>not imported in %1</translation>
    </message>
    <message>
        <source>in %1 niet voldaan: %2</source>
        <translation>not met in %1: %2</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>verdwenen</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>--chart kent funnel, countries, product, sensitivity, sensitivity-map en table1, niet &quot;%1&quot;.</source>
        <translation>--chart knows funnel, countries, product, sensitivity, sensitivity-map and table1, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--table kent concentrated, all en table1, niet &quot;%1&quot;.</source>
        <translation>--table knows concentrated, all and table1, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Figuur: funnel, countries, product, sensitivity (per drempel), sensitivity-map (twee drempels) of table1.</source>
        <translation>Figure: funnel, countries, product, sensitivity (per threshold), sensitivity-map (two thresholds) or table1.</translation>
    </message>
    <message>
        <source>Tabel: concentrated (Bijlage 2), all of table1.</source>
        <translation>Table: concentrated (Annex 2), all or table1.</translation>
    </message>
    <message>
        <source>Sectie &quot;Diensten en goederen&quot; toevoegen: letter (tabel 1 van de Kamerbrief) of data (goederen uit de geanalyseerde gegevens).</source>
        <translation>Add the section &quot;Services and goods&quot;: letter (Table 1 of the parliamentary letter) or data (goods from the analysed data).</translation>
    </message>
    <message>
        <source>--table1 kent letter en data, niet &quot;%1&quot;.</source>
        <translation>--table1 knows letter and data, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tabel 1: letter (de Kamerbrief) of data (standaard met --db).</source>
        <translation>Table 1: letter (the parliamentary letter) or data (the default with --db).</translation>
    </message>
    <message>
        <source>Tabel 1: gegevensset met de goedereninvoer.</source>
        <translation>Table 1: data set with the goods imports.</translation>
    </message>
    <message>
        <source>Tabel 1: gegevensset met de diensteninvoer.</source>
        <translation>Table 1: data set with the services imports.</translation>
    </message>
    <message>
        <source>HS-versie per jaar: %1</source>
        <translation>HS version per year: %1</translation>
    </message>
    <message>
        <source>%1 is in %2 gecodeerd, %3 in %4</source>
        <translation>%1 is coded in %2, %3 in %4</translation>
    </message>
    <message>
        <source>Let op: %1, en de meegeleverde correlatietabellen verbinden die versies niet; codes zijn vergeleken zoals ze zijn.</source>
        <translation>Note: %1, and the shipped correlation tables do not connect those versions; codes have been compared as they are.</translation>
    </message>
    <message>
        <source>%1: producten vergeleken per correlatiegroep (een groep telt mee zodra één van haar codes na de laatste stap staat).</source>
        <translation>%1: products compared by correlation group (a group counts as soon as one of its codes is after the last step).</translation>
    </message>
    <message>
        <source>groep %1 (%2)</source>
        <translation>group %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>Meer dan %1 uit één niet-EU-land</source>
        <translation>More than %1 from one non-EU country</translation>
    </message>
    <message>
        <source>Ten minste %1 uit één niet-EU-land</source>
        <translation>At least %1 from one non-EU country</translation>
    </message>
    <message>
        <source>Minder dan %1 uit één niet-EU-land</source>
        <translation>Less than %1 from one non-EU country</translation>
    </message>
    <message>
        <source>Ten hoogste %1 uit één niet-EU-land</source>
        <translation>At most %1 from one non-EU country</translation>
    </message>
    <message>
        <source>Meer dan %1 van buiten de EU</source>
        <translation>More than %1 from outside the EU</translation>
    </message>
    <message>
        <source>Ten minste %1 van buiten de EU</source>
        <translation>At least %1 from outside the EU</translation>
    </message>
    <message>
        <source>Minder dan %1 van buiten de EU</source>
        <translation>Less than %1 from outside the EU</translation>
    </message>
    <message>
        <source>Ten hoogste %1 van buiten de EU</source>
        <translation>At most %1 from outside the EU</translation>
    </message>
    <message>
        <source>Meer dan %1 van de wereldexport uit één land</source>
        <translation>More than %1 of world exports from one country</translation>
    </message>
    <message>
        <source>Ten minste %1 van de wereldexport uit één land</source>
        <translation>At least %1 of world exports from one country</translation>
    </message>
    <message>
        <source>Minder dan %1 van de wereldexport uit één land</source>
        <translation>Less than %1 of world exports from one country</translation>
    </message>
    <message>
        <source>Ten hoogste %1 van de wereldexport uit één land</source>
        <translation>At most %1 of world exports from one country</translation>
    </message>
    <message>
        <source>de helft</source>
        <translation>half</translation>
    </message>
    <message>
        <source>Meer invoer dan uitvoer</source>
        <translation>More imports than exports</translation>
    </message>
    <message>
        <source>Ten minste evenveel invoer als uitvoer</source>
        <translation>At least as many imports as exports</translation>
    </message>
    <message>
        <source>Minder invoer dan uitvoer</source>
        <translation>Fewer imports than exports</translation>
    </message>
    <message>
        <source>Ten hoogste evenveel invoer als uitvoer</source>
        <translation>At most as many imports as exports</translation>
    </message>
    <message>
        <source>Invoer meer dan %1 keer de uitvoer</source>
        <translation>Imports more than %1 times the exports</translation>
    </message>
    <message>
        <source>Invoer ten minste %1 keer de uitvoer</source>
        <translation>Imports at least %1 times the exports</translation>
    </message>
    <message>
        <source>Invoer minder dan %1 keer de uitvoer</source>
        <translation>Imports less than %1 times the exports</translation>
    </message>
    <message>
        <source>Invoer ten hoogste %1 keer de uitvoer</source>
        <translation>Imports at most %1 times the exports</translation>
    </message>
    <message>
        <source>Meer invoer van buiten de EU dan uitvoer</source>
        <translation>More imports from outside the EU than exports</translation>
    </message>
    <message>
        <source>Ten minste evenveel invoer van buiten de EU als uitvoer</source>
        <translation>At least as many imports from outside the EU as exports</translation>
    </message>
    <message>
        <source>Minder invoer van buiten de EU dan uitvoer</source>
        <translation>Fewer imports from outside the EU than exports</translation>
    </message>
    <message>
        <source>Ten hoogste evenveel invoer van buiten de EU als uitvoer</source>
        <translation>At most as many imports from outside the EU as exports</translation>
    </message>
    <message>
        <source>Invoer van buiten de EU meer dan %1 keer de uitvoer</source>
        <translation>Imports from outside the EU more than %1 times the exports</translation>
    </message>
    <message>
        <source>Invoer van buiten de EU ten minste %1 keer de uitvoer</source>
        <translation>Imports from outside the EU at least %1 times the exports</translation>
    </message>
    <message>
        <source>Invoer van buiten de EU minder dan %1 keer de uitvoer</source>
        <translation>Imports from outside the EU less than %1 times the exports</translation>
    </message>
    <message>
        <source>Invoer van buiten de EU ten hoogste %1 keer de uitvoer</source>
        <translation>Imports from outside the EU at most %1 times the exports</translation>
    </message>
    <message>
        <source>Geconcentreerde wereldmarkt (HHI %1 %2)</source>
        <translation>Concentrated world market (HHI %1 %2)</translation>
    </message>
    <message>
        <source>Gespreide wereldmarkt (HHI %1 %2)</source>
        <translation>Dispersed world market (HHI %1 %2)</translation>
    </message>
    <message>
        <source>Geconcentreerde invoer van buiten de EU (HHI %1 %2)</source>
        <translation>Concentrated imports from outside the EU (HHI %1 %2)</translation>
    </message>
    <message>
        <source>Gespreide invoer van buiten de EU (HHI %1 %2)</source>
        <translation>Dispersed imports from outside the EU (HHI %1 %2)</translation>
    </message>
    <message>
        <source>Geconcentreerde invoer (HHI %1 %2)</source>
        <translation>Concentrated imports (HHI %1 %2)</translation>
    </message>
    <message>
        <source>Gespreide invoer (HHI %1 %2)</source>
        <translation>Dispersed imports (HHI %1 %2)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>inlezen afgebroken</source>
        <translation>reading cancelled</translation>
    </message>
    <message>
        <source>lezen mislukt: %1</source>
        <translation>reading failed: %1</translation>
    </message>
    <message>
        <source>dit is een zip- of Excel-bestand (xlsx), geen CSV-tekst</source>
        <translation>this is a zip or Excel file (xlsx), not CSV text</translation>
    </message>
    <message>
        <source>dit is een oud Excel-bestand (xls), geen CSV-tekst; sla het op als CSV of xlsx</source>
        <translation>this is an old Excel file (xls), not CSV text; save it as CSV or xlsx</translation>
    </message>
    <message>
        <source>aanhalingsteken (&quot;) wordt niet afgesloten vóór het einde van het bestand</source>
        <translation>a quotation mark (&quot;) is not closed before the end of the file</translation>
    </message>
    <message>
        <source>bevat binaire gegevens (NUL-byte); is dit wel een CSV-tekstbestand?</source>
        <translation>holds binary data (a NUL byte); is this really a CSV text file?</translation>
    </message>
    <message>
        <source>regel %1 is langer dan %2; is dit wel een CSV-bestand?</source>
        <translation>row %1 is longer than %2; is this really a CSV file?</translation>
    </message>
    <message>
        <source>bestand kan niet worden gelezen</source>
        <translation>the file cannot be read</translation>
    </message>
</context>
<context>
    <name>DataSelection</name>
    <message>
        <source>De demodata hebben alleen Nederland (NLD) als rapporteur.</source>
        <translation>The demo data have only the Netherlands (NLD) as reporter.</translation>
    </message>
    <message>
        <source>De demodata hebben geen jaar %1 (wel %2 t/m %3).</source>
        <translation>The demo data have no year %1 (they have %2 to %3).</translation>
    </message>
    <message>
        <source>De database %1 bevat nog geen gegevens; importeer eerst een bestand.</source>
        <translation>The database %1 holds no data yet; import a file first.</translation>
    </message>
    <message>
        <source>De database bevat meerdere gegevenssets; kies er een met --dataset: %1</source>
        <translation>The database holds several data sets; choose one with --dataset: %1</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; bestaat niet; beschikbaar: %2</source>
        <translation>Data set &quot;%1&quot; does not exist; available: %2</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; bevat geen invoer van %2, alleen van: %3. Een ander rapporterend land (of de EU als geheel, of alle landen) komt er met een nieuwe import van het bronbestand met dat land als rapporteur.</source>
        <translation>Data set &quot;%1&quot; holds no imports of %2, only of: %3. Another reporter (or the EU as a whole, or every country) comes in with a new import of the source file with that country as reporter.</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; heeft in geen enkel jaar invoer van %2.</source>
        <translation>Data set &quot;%1&quot; has no imports of %2 in any year.</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; heeft in geen enkel jaar invoer van %2; wel van: %3.</source>
        <translation>Data set &quot;%1&quot; has no imports of %2 in any year; it has imports of: %3.</translation>
    </message>
</context>
<context>
    <name>DataSetCounts</name>
    <message>
        <source>Opgeslagen in de gegevensset: %1 rijen (na samenvoegen per product, land en jaar)</source>
        <translation>Stored in the data set: %1 rows (after summing by product, country and year)</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Gelezen</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Gebruikt</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Invoer</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Uitvoer</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Wereldexport</source>
        <translation>World exports</translation>
    </message>
    <message>
        <source>HHI wereld</source>
        <translation>World HHI</translation>
    </message>
    <message>
        <source>wereld</source>
        <translation>world</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Synthetisch product %1.%2 (%3)</source>
        <translation>Synthetic product %1.%2 (%3)</translation>
    </message>
    <message>
        <source>Synthetische demodata (CBS-vorm)</source>
        <translation>Synthetic demo data (CBS shape)</translation>
    </message>
    <message>
        <source>Synthetische demodata, gegenereerd door Herkomst; geen echte handelscijfers.</source>
        <translation>Synthetic demo data generated by Herkomst; not real trade figures.</translation>
    </message>
</context>
<context>
    <name>EuComposition</name>
    <message>
        <source>EU27 (samenstelling 2020)</source>
        <translation>EU27 (2020 composition)</translation>
    </message>
    <message>
        <source>EU28 (met Verenigd Koninkrijk)</source>
        <translation>EU28 (with the United Kingdom)</translation>
    </message>
    <message>
        <source>Lidstaten in het gekozen jaar</source>
        <translation>Member states in the chosen year</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Kan %1 niet schrijven: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Kan het zip-bestand niet maken (%1): %2</source>
        <translation>Cannot make the zip file (%1): %2</translation>
    </message>
    <message>
        <source>onbekende fout</source>
        <translation>unknown error</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>Ingevoerde producten (HS6)</source>
        <translation>Imported products (HS6)</translation>
    </message>
</context>
<context>
    <name>HsConcordance</name>
    <message>
        <source>%1: kan het bestand niet lezen (%2)</source>
        <translation>%1: cannot read the file (%2)</translation>
    </message>
    <message>
        <source>%1, rij 1: de kop noemt niet een nieuwere en een oudere HS-versie (zoals hs2022,hs2017)</source>
        <translation>%1, row 1: the header does not name a newer and an older HS version (such as hs2022,hs2017)</translation>
    </message>
    <message>
        <source>%1, rij %2, kolom %3: &quot;%4&quot; is geen HS-code van zes cijfers</source>
        <translation>%1, row %2, column %3: &quot;%4&quot; is not a six-digit HS code</translation>
    </message>
</context>
<context>
    <name>HsGroupLabels</name>
    <message>
        <source>%1 (%2) ← 1 %3-code</source>
        <translation>%1 (%2) ← 1 %3 code</translation>
    </message>
    <message>
        <source>%1 (%2) ← %3 %4-codes</source>
        <translation>%1 (%2) ← %3 %4 codes</translation>
    </message>
    <message>
        <source>%1 (%2) → 1 %3-code</source>
        <translation>%1 (%2) → 1 %3 code</translation>
    </message>
    <message>
        <source>%1 (%2) → %3 %4-codes</source>
        <translation>%1 (%2) → %3 %4 codes</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>productcode van 6 cijfers verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a 6-digit product code, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Kan %1 niet lezen: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>het bestand met BACI-landcodes is leeg</source>
        <translation>the BACI country-code file is empty</translation>
    </message>
    <message>
        <source>kop met country_code, country_name(_abbreviation) en iso_3digit_alpha of country_iso3 verwacht (BACI-landcodes)</source>
        <translation>expected a header with country_code, country_name(_abbreviation) and iso_3digit_alpha or country_iso3 (BACI country codes)</translation>
    </message>
    <message>
        <source>landcode van 0 tot 999 verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a country code from 0 to 999, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Geen BACI-jaarbestand (BACI_HS??_Y????_V??????.csv) opgegeven.</source>
        <translation>No BACI year file (BACI_HS??_Y????_V??????.csv) given.</translation>
    </message>
    <message>
        <source>het bestand met BACI-landcodes (country_codes_V*.csv) ontbreekt; BACI gebruikt eigen landcodes (528 = NLD, 842 = USA)</source>
        <translation>the BACI country-code file (country_codes_V*.csv) is missing; BACI uses its own country codes (528 = NLD, 842 = USA)</translation>
    </message>
    <message>
        <source>rapporterend land &quot;%1&quot; komt niet voor in de BACI-landcodes</source>
        <translation>reporter &quot;%1&quot; is not in the BACI country codes</translation>
    </message>
    <message>
        <source>BACI lezen: %1</source>
        <translation>Reading BACI: %1</translation>
    </message>
    <message>
        <source>jaar %1 staat ook al in %2</source>
        <translation>year %1 is also in %2</translation>
    </message>
    <message>
        <source>%1: jaar %2, %3 regels, %4 producten, %5 invoerregels voor %6.</source>
        <translation>%1: year %2, %3 rows, %4 products, %5 import rows for %6.</translation>
    </message>
    <message>
        <source>alle landen</source>
        <translation>all countries</translation>
    </message>
    <message>
        <source>BACI (CEPII): wereldhandel per jaar</source>
        <translation>BACI (CEPII): world trade by year</translation>
    </message>
    <message>
        <source>x 1 000 USD in BACI, opgeslagen in USD</source>
        <translation>x 1,000 USD in BACI, stored in USD</translation>
    </message>
    <message>
        <source>CEPII BACI; landcodes: %1; productcodes: %2</source>
        <translation>CEPII BACI; country codes: %1; product codes: %2</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Waarden: BACI geeft duizenden USD; opgeslagen in USD.</source>
        <translation>Values: BACI gives thousands of USD; stored in USD.</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>exporteur (BACI-landcode)</source>
        <translation>exporter (BACI country code)</translation>
    </message>
    <message>
        <source>importeur (BACI-landcode)</source>
        <translation>importer (BACI country code)</translation>
    </message>
    <message>
        <source>product (HS6)</source>
        <translation>product (HS6)</translation>
    </message>
    <message>
        <source>waarde (x 1 000 USD)</source>
        <translation>value (x 1,000 USD)</translation>
    </message>
    <message>
        <source>hoeveelheid in ton (niet gebruikt)</source>
        <translation>quantity in tonnes (not used)</translation>
    </message>
    <message>
        <source>de landcodes (country_codes_V….csv) en productomschrijvingen (product_codes_HS…_V….csv) van dezelfde BACI-versie</source>
        <translation>the country codes (country_codes_V….csv) and product descriptions (product_codes_HS…_V….csv) of the same BACI release</translation>
    </message>
    <message>
        <source>jaar %1 verwacht (een BACI-bestand bevat één jaar), gevonden %2</source>
        <translation>expected year %1 (a BACI file holds one year), found %2</translation>
    </message>
    <message>
        <source>te weinig kolommen: kolom %1 ontbreekt (verwacht t,i,j,k,v,q)</source>
        <translation>too few columns: column %1 is missing (expected t,i,j,k,v,q)</translation>
    </message>
    <message>
        <source>komma verwacht na kolom %1, gevonden &quot;%2&quot;</source>
        <translation>expected a comma after column %1, found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>jaartal verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a year, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>BACI-landcode (exporteur) verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a BACI country code (exporter), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>BACI-landcode (importeur) verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a BACI country code (importer), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>productcode van 6 cijfers (GS6; een voorloopnul mag ontbreken) verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a 6-digit product code (HS6; a leading zero may be missing), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>handelswaarde in duizenden USD verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a trade value in thousands of USD, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>negatieve handelswaarde &quot;%1&quot;; waarden zijn nooit negatief</source>
        <translation>negative trade value &quot;%1&quot;; values are never negative</translation>
    </message>
    <message>
        <source>hoeveelheid (getal of NA) verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a quantity (a number or NA), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>te veel kolommen: verwacht t,i,j,k,v,q</source>
        <translation>too many columns: expected t,i,j,k,v,q</translation>
    </message>
    <message>
        <source>landcode %1 staat niet in %2</source>
        <translation>country code %1 is not in %2</translation>
    </message>
    <message>
        <source>dubbele regel: exporteur %1, importeur %2 en product %3 staan ook op de regel ervoor</source>
        <translation>duplicate row: exporter %1, importer %2 and product %3 are also on the row before</translation>
    </message>
    <message>
        <source>regel van meer dan %1 tekens; een BACI-regel is t,i,j,k,v,q</source>
        <translation>a row of more than %1 characters; a BACI row is t,i,j,k,v,q</translation>
    </message>
    <message>
        <source>het bestand is korter dan verwacht of onleesbaar: %1</source>
        <translation>the file is shorter than expected or unreadable: %1</translation>
    </message>
    <message>
        <source>kan het bestand niet openen: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>het bestand is leeg; verwacht een BACI-jaarbestand met kop t,i,j,k,v,q</source>
        <translation>the file is empty; expected a BACI year file with header t,i,j,k,v,q</translation>
    </message>
    <message>
        <source>eerste regel van meer dan %1 tekens; verwacht kop t,i,j,k,v,q</source>
        <translation>first row of more than %1 characters; expected header t,i,j,k,v,q</translation>
    </message>
    <message>
        <source>verkeerd scheidingsteken: een BACI-bestand gebruikt komma&apos;s (kop t,i,j,k,v,q)</source>
        <translation>wrong separator: a BACI file uses commas (header t,i,j,k,v,q)</translation>
    </message>
    <message>
        <source>geen tekstbestand (binaire gegevens?); verwacht een BACI-jaarbestand met kop t,i,j,k,v,q</source>
        <translation>not a text file (binary data?); expected a BACI year file with header t,i,j,k,v,q</translation>
    </message>
    <message>
        <source>kop t,i,j,k,v,q verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected header t,i,j,k,v,q, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>kolom %1 ontbreekt in de kop; verwacht t,i,j,k,v,q</source>
        <translation>column %1 is missing from the header; expected t,i,j,k,v,q</translation>
    </message>
    <message>
        <source>dubbele regel: deze combinatie van exporteur, importeur en product staat ook op de regel ervoor</source>
        <translation>duplicate row: this combination of exporter, importer and product is also on the row before</translation>
    </message>
    <message>
        <source>het bestand bevat alleen de kop en geen handelsstromen</source>
        <translation>the file holds only the header and no trade flows</translation>
    </message>
    <message>
        <source>dubbele regel: exporteur %1, importeur %2 en product %3 staan ook op regel %4</source>
        <translation>duplicate row: exporter %1, importer %2 and product %3 are also on row %4</translation>
    </message>
    <message>
        <source>%1, blad &quot;%2&quot;</source>
        <translation>%1, sheet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: geen CBS-tabel herkend, overgeslagen.</source>
        <translation>%1: no CBS table recognised, skipped.</translation>
    </message>
    <message>
        <source>%1: %2, kop op regel %3, %4 gegevensregels%5.</source>
        <translation>%1: %2, header on row %3, %4 data rows%5.</translation>
    </message>
    <message>
        <source>, eenheid &quot;%1&quot;</source>
        <translation>, unit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>het bestand is leeg; verwacht een CBS-tabel met een kop (goederencode, land, invoerwaarde, ...)</source>
        <translation>the file is empty; expected a CBS table with a header (product code, country, import value, ...)</translation>
    </message>
    <message>
        <source>geen tekstbestand (binaire gegevens?); verwacht een CBS-tabel als CSV of XLSX</source>
        <translation>not a text file (binary data?); expected a CBS table as CSV or XLSX</translation>
    </message>
    <message>
        <source>het bestand bevat geen regels</source>
        <translation>the file holds no rows</translation>
    </message>
    <message>
        <source>CBS-tabellen (XLSX of CSV)</source>
        <translation>CBS tables (XLSX or CSV)</translation>
    </message>
    <message>
        <source>Geen CBS-tabel opgegeven.</source>
        <translation>No CBS table given.</translation>
    </message>
    <message>
        <source>Lezen: %1</source>
        <translation>Reading: %1</translation>
    </message>
    <message>
        <source>geen CBS-tabel herkend: verwacht een kop met een goederencode (GS6/HS6/GN) en land met invoerwaarde, uitvoerwaarde, bedrijfstak of Herfindahl-index</source>
        <translation>no CBS table recognised: expected a header with a product code (HS6/CN) and country with import value, export value, industry or Herfindahl index</translation>
    </message>
    <message>
        <source>de tabellen bevatten geen gegevensregels</source>
        <translation>the tables hold no data rows</translation>
    </message>
    <message>
        <source>Geen eenheid gevonden (zoals &quot;x 1 000 euro&quot;); waarden zijn als euro opgeslagen.</source>
        <translation>No unit found (such as &quot;x 1 000 euro&quot;); values were stored as euro.</translation>
    </message>
    <message>
        <source>Rapporterend land: %1.</source>
        <translation>Reporter: %1.</translation>
    </message>
    <message>
        <source>blad &quot;%1&quot;: %2</source>
        <translation>sheet &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: geen eigen eenheid; &quot;%2&quot; van een eerdere tabel aangehouden.</source>
        <translation>%1: no unit of its own; kept &quot;%2&quot; from an earlier table.</translation>
    </message>
    <message>
        <source>getal of CBS-teken (. x - *) verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a number or a CBS symbol (. x - *), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>negatieve of ongeldige waarde %1; handelswaarden zijn nooit negatief</source>
        <translation>negative or invalid value %1; trade values are never negative</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>product %1</translation>
    </message>
    <message>
        <source>GN-code %1</source>
        <translation>CN code %1</translation>
    </message>
    <message>
        <source>%1 uit %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>dubbele sleutel: %1 staat al eerder in de tabel</source>
        <translation>duplicate key: %1 is already earlier in the table</translation>
    </message>
    <message>
        <source>dubbele sleutel: %1 staat ook op regel %2%3</source>
        <translation>duplicate key: %1 is also on row %2%3</translation>
    </message>
    <message>
        <source> van %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>goederencode ontbreekt</source>
        <translation>product code missing</translation>
    </message>
    <message>
        <source>goederencode (GS6 of GN) verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a product code (HS6 or CN), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>product %1 staat ook bij bedrijfstak &quot;%2&quot;; &quot;%3&quot; is aangehouden</source>
        <translation>product %1 is also under industry &quot;%2&quot;; kept &quot;%3&quot;</translation>
    </message>
    <message>
        <source>het jaar is onbekend: de tabel heeft geen jaarkolom en de titel noemt geen jaar</source>
        <translation>the year is unknown: the table has no year column and its title names no year</translation>
    </message>
    <message>
        <source>land ontbreekt</source>
        <translation>country missing</translation>
    </message>
    <message>
        <source>de Herfindahl-index hoort bij een GS6-code (6 cijfers), niet bij GN-code %1</source>
        <translation>the Herfindahl index belongs to an HS6 code (6 digits), not to CN code %1</translation>
    </message>
    <message>
        <source>deze tabel is in %1, een eerdere in %2; één gegevensset heeft één valuta</source>
        <translation>this table is in %1, an earlier one in %2; one data set has one currency</translation>
    </message>
    <message>
        <source>Herfindahl-index tussen 0 en 1 (of 0 en 10.000) verwacht, gevonden %1</source>
        <translation>expected a Herfindahl index between 0 and 1 (or 0 and 10,000), found %1</translation>
    </message>
    <message>
        <source>%1: Herfindahl-index in punten (0-10.000), omgerekend naar 0-1.</source>
        <translation>%1: Herfindahl index in points (0-10,000), converted to 0-1.</translation>
    </message>
    <message>
        <source>goederencode</source>
        <translation>product code</translation>
    </message>
    <message>
        <source>omschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>land</source>
        <translation>country</translation>
    </message>
    <message>
        <source>rapporterend land</source>
        <translation>reporter</translation>
    </message>
    <message>
        <source>invoerwaarde</source>
        <translation>import value</translation>
    </message>
    <message>
        <source>uitvoerwaarde</source>
        <translation>export value</translation>
    </message>
    <message>
        <source>bedrijfstak</source>
        <translation>industry</translation>
    </message>
    <message>
        <source>Herfindahl-index wereldmarkt</source>
        <translation>world market Herfindahl index</translation>
    </message>
    <message>
        <source>invoer per product en land</source>
        <translation>imports by product and country</translation>
    </message>
    <message>
        <source>uitvoer per product</source>
        <translation>exports by product</translation>
    </message>
    <message>
        <source>product naar bedrijfstak</source>
        <translation>product by industry</translation>
    </message>
    <message>
        <source>Herfindahl-index wereldmarkt per product</source>
        <translation>world market Herfindahl index by product</translation>
    </message>
    <message>
        <source>onbekende tabel</source>
        <translation>unknown table</translation>
    </message>
    <message>
        <source>euro (VALUE_IN_EUROS)</source>
        <translation>euro (VALUE_IN_EUROS)</translation>
    </message>
    <message>
        <source>andere grootheid dan VALUE_IN_EUROS (%1)</source>
        <translation>a quantity other than VALUE_IN_EUROS (%1)</translation>
    </message>
    <message>
        <source>stroom 1 (invoer) of 2 (uitvoer) verwacht in kolom FLOW, gevonden &quot;%1&quot;</source>
        <translation>expected flow 1 (imports) or 2 (exports) in column FLOW, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>vertrouwelijke goederen, alleen op niveau %1 gepubliceerd (%2)</source>
        <translation>confidential goods, published at level %1 only (%2)</translation>
    </message>
    <message>
        <source>bijzondere GN-code van hoofdstuk 99 (teruggezonden goederen, boordprovisie, kleine zendingen, ...): %1</source>
        <translation>special CN code of chapter 99 (returned goods, ship and aircraft stores, small consignments, ...): %1</translation>
    </message>
    <message>
        <source>vertrouwelijke goederen van hoofdstuk %1, alleen op hoofdstukniveau gepubliceerd (%2)</source>
        <translation>confidential goods of chapter %1, published at chapter level only (%2)</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>landengroep als partner (%1)</source>
        <translation>group of countries as partner (%1)</translation>
    </message>
    <message>
        <source>Eurostat Comext (bulkbestand of extract, GN8, euro)</source>
        <translation>Eurostat Comext (bulk file or extract, CN8, euro)</translation>
    </message>
    <message>
        <source>statistisch regime (onderscheidt regels)</source>
        <translation>statistical regime (tells rows apart)</translation>
    </message>
    <message>
        <source>grootheid (alleen VALUE_IN_EUROS wordt gelezen)</source>
        <translation>indicator (only VALUE_IN_EUROS is read)</translation>
    </message>
    <message>
        <source>USD (primaryValue)</source>
        <translation>USD (primaryValue)</translation>
    </message>
    <message>
        <source>uitsplitsing naar %1; het totaal %2 wordt gebruikt</source>
        <translation>breakdown by %1; the total %2 is used</translation>
    </message>
    <message>
        <source>herinvoer of heruitvoer (%1), al begrepen in invoer M en uitvoer X</source>
        <translation>re-import or re-export (%1), already included in imports M and exports X</translation>
    </message>
    <message>
        <source>bijzondere handelsstroom %1 (veredeling, ...)</source>
        <translation>special trade flow %1 (processing, ...)</translation>
    </message>
    <message>
        <source>handelsstroom M (invoer) of X (uitvoer) verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected trade flow M (imports) or X (exports), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>UN Comtrade (CSV-download, GS6, USD)</source>
        <translation>UN Comtrade (CSV download, HS6, USD)</translation>
    </message>
    <message>
        <source>Partner &quot;Other Asia, nes&quot; (490, S19) is opgeslagen als Taiwan (TWN).</source>
        <translation>Partner &quot;Other Asia, nes&quot; (490, S19) was stored as Taiwan (TWN).</translation>
    </message>
    <message>
        <source>partnercode (numeriek)</source>
        <translation>partner code (numeric)</translation>
    </message>
    <message>
        <source>partnernaam</source>
        <translation>partner name</translation>
    </message>
    <message>
        <source>productomschrijving (Engels)</source>
        <translation>product description (English)</translation>
    </message>
    <message>
        <source>tweede partner</source>
        <translation>second partner</translation>
    </message>
    <message>
        <source>douaneprocedure (onderscheidt regels)</source>
        <translation>customs procedure (tells rows apart)</translation>
    </message>
    <message>
        <source>vervoerswijze (onderscheidt regels)</source>
        <translation>mode of transport (tells rows apart)</translation>
    </message>
    <message>
        <source>leveringswijze (onderscheidt regels)</source>
        <translation>mode of supply (tells rows apart)</translation>
    </message>
    <message>
        <source>totaal over alle goederen</source>
        <translation>total over all goods</translation>
    </message>
    <message>
        <source>hoofdstuk of post (%1 cijfers), geen GS6-code</source>
        <translation>chapter or heading (%1 digits), not an HS6 code</translation>
    </message>
    <message>
        <source>goederencode van 6%1 cijfers verwacht, gevonden %2 cijfers &quot;%3&quot;</source>
        <translation>expected a product code of 6%1 digits, found %2 digits &quot;%3&quot;</translation>
    </message>
    <message>
        <source> (GS6) of 8 (GN8)</source>
        <translation> (HS6) or 8 (CN8)</translation>
    </message>
    <message>
        <source>goederencode verwacht, gevonden &quot;%1&quot;</source>
        <translation>expected a product code, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>de kop heeft maar één kolom (&quot;%1&quot;): scheidingsteken niet herkend; verwacht een %2-bestand met ; , of tab tussen de kolommen</source>
        <translation>the header has only one column (&quot;%1&quot;): separator not recognised; expected a %2 file with ; , or tab between the columns</translation>
    </message>
    <message>
        <source>kolom %1 ontbreekt in de kop; verwacht een %2-bestand. Gevonden kolommen: %3</source>
        <translation>column %1 is missing from the header; expected a %2 file. Columns found: %3</translation>
    </message>
    <message>
        <source>bedrag in %1 verwacht in kolom %2, gevonden &quot;%3&quot;</source>
        <translation>expected an amount in %1 in column %2, found &quot;%3&quot;</translation>
    </message>
    <message>
        <source>negatieve of ongeldige waarde %1 in kolom %2; handelswaarden zijn nooit negatief</source>
        <translation>negative or invalid value %1 in column %2; trade values are never negative</translation>
    </message>
    <message>
        <source>lege regel</source>
        <translation>empty row</translation>
    </message>
    <message>
        <source>te weinig kolommen: %1 gevonden, de kop heeft er %2 (afgebroken bestand of ander scheidingsteken?)</source>
        <translation>too few columns: found %1, the header has %2 (a truncated file or another separator?)</translation>
    </message>
    <message>
        <source>te veel kolommen: %1 gevonden, de kop heeft er %2</source>
        <translation>too many columns: found %1, the header has %2</translation>
    </message>
    <message>
        <source>periode verwacht in kolom %1 (JJJJ of JJJJMM), gevonden &quot;%2&quot;</source>
        <translation>expected a period in column %1 (YYYY or YYYYMM), found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>ander jaar dan %1</source>
        <translation>another year than %1</translation>
    </message>
    <message>
        <source>regel %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>regel %1 van %2</source>
        <translation>row %1 of %2</translation>
    </message>
    <message>
        <source>dubbele sleutel: %1 %2, partner %3, stroom %4, periode %5 staat ook op %6</source>
        <translation>duplicate key: %1 %2, partner %3, flow %4, period %5 is also on %6</translation>
    </message>
    <message>
        <source>het bestand is leeg; verwacht een %1-bestand met een kop (%2, %3, ...)</source>
        <translation>the file is empty; expected a %1 file with a header (%2, %3, ...)</translation>
    </message>
    <message>
        <source>geen tekstbestand (binaire gegevens?); verwacht een %1-bestand als CSV</source>
        <translation>not a text file (binary data?); expected a %1 file as CSV</translation>
    </message>
    <message>
        <source>het bestand heeft alleen de kop en geen gegevensregels</source>
        <translation>the file has only the header and no data rows</translation>
    </message>
    <message>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>geen bruikbare regels</source>
        <translation>no usable rows</translation>
    </message>
    <message>
        <source> voor rapporterend land %1; het bestand heeft: %2</source>
        <translation> for reporter %1; the file has: %2</translation>
    </message>
    <message>
        <source>; overgeslagen: %1</source>
        <translation>; skipped: %1</translation>
    </message>
    <message>
        <source>maandcijfers van een jaar waarvoor ook het jaartotaal (periode JJJJ of JJJJ52) in de gegevens staat</source>
        <translation>monthly figures of a year whose annual total (period YYYY or YYYY52) is also in the data</translation>
    </message>
    <message>
        <source>GN8-regels van een GS6-code die ook zelf in de gegevens staat</source>
        <translation>CN8 rows of an HS6 code that is itself in the data too</translation>
    </message>
    <message>
        <source>%1: maar %2 van de 12 maanden in de gegevens; het jaarcijfer is de som van die maanden.</source>
        <translation>%1: only %2 of the 12 months in the data; the annual figure is the sum of those months.</translation>
    </message>
    <message>
        <source>%1: twaalf maanden opgeteld tot het jaar.</source>
        <translation>%1: twelve months summed to the year.</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4: som partners %5, wereld %6</source>
        <translation>%1 %2 %3 %4: sum of partners %5, world %6</translation>
    </message>
    <message>
        <source>invoer</source>
        <translation>imports</translation>
    </message>
    <message>
        <source>uitvoer</source>
        <translation>exports</translation>
    </message>
    <message>
        <source>Wereldtotaal wijkt meer dan 1 % af van de som van de partners bij %1 van %2 producten: %3%4.</source>
        <translation>The world total differs by more than 1 % from the sum of the partners for %1 of %2 products: %3%4.</translation>
    </message>
    <message>
        <source>Wereldtotaal gecontroleerd bij %1 producten: de som van de partners wijkt nergens meer dan 1 % af.</source>
        <translation>World total checked for %1 products: the sum of the partners nowhere differs by more than 1 %.</translation>
    </message>
    <message>
        <source>%1 invoerproducten hebben alleen een wereldtotaal en geen partners; daarvoor is geen herkomst opgeslagen.</source>
        <translation>%1 imported products have only a world total and no partners; no origin was stored for them.</translation>
    </message>
    <message>
        <source>%1 regels van andere rapporterende landen of aggregaten overgeslagen (%2%3).</source>
        <translation>%1 rows of other reporters or aggregates skipped (%2%3).</translation>
    </message>
    <message>
        <source>%1 regels van andere rapporterende landen overgeslagen</source>
        <translation>%1 rows of other reporters skipped</translation>
    </message>
    <message>
        <source>%1 regels overgeslagen: %2</source>
        <translation>%1 rows skipped: %2</translation>
    </message>
    <message>
        <source> (samen %1)</source>
        <translation> (together %1)</translation>
    </message>
    <message>
        <source>; eerste op regel %1 van %2</source>
        <translation>; the first on row %1 of %2</translation>
    </message>
    <message>
        <source>Geen %1-bestand opgegeven.</source>
        <translation>No %1 file given.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 regels gebruikt; rapporterend land: %2; waarden in %3.</source>
        <translation>%1 rows used; reporter: %2; values in %3.</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>partnerland</source>
        <translation>partner country</translation>
    </message>
    <message>
        <source>goederencode (opgeteld tot HS6)</source>
        <translation>product code (summed to HS6)</translation>
    </message>
    <message>
        <source>stroom: invoer of uitvoer</source>
        <translation>flow: imports or exports</translation>
    </message>
    <message>
        <source>periode (maanden opgeteld tot jaren)</source>
        <translation>period (months summed to years)</translation>
    </message>
    <message>
        <source>waarde (%1)</source>
        <translation>value (%1)</translation>
    </message>
    <message>
        <source>goederencode van 6 cijfers (GS6) of 8 cijfers (GN) verwacht, gevonden %1 cijfers &quot;%2&quot;</source>
        <translation>expected a product code of 6 digits (HS6) or 8 digits (CN), found %1 digits &quot;%2&quot;</translation>
    </message>
    <message>
        <source>goederencode verwacht, gevonden het getal %1</source>
        <translation>expected a product code, found the number %1</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>het bestand bestaat niet of is geen bestand</source>
        <translation>the file does not exist or is not a file</translation>
    </message>
    <message>
        <source>dit bestand is hetzelfde als %1</source>
        <translation>this file is the same as %1</translation>
    </message>
    <message>
        <source>dit bestand is al geïmporteerd in gegevensset &quot;%1&quot; (zelfde SHA-256-controlegetal)</source>
        <translation>this file was already imported into data set &quot;%1&quot; (same SHA-256 checksum)</translation>
    </message>
    <message>
        <source>Een tabel van deze soort heeft één rapporterend land; &quot;%1&quot; is geen bekend land.</source>
        <translation>A table of this kind has one reporter; &quot;%1&quot; is not a known country.</translation>
    </message>
    <message>
        <source>rapporterend land &quot;%1&quot; is geen bekend land (verwacht een ISO-code zoals NLD)</source>
        <translation>reporter &quot;%1&quot; is not a known country (expected an ISO code such as NLD)</translation>
    </message>
    <message>
        <source>De import is afgebroken; er is niets opgeslagen.</source>
        <translation>The import was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>land &quot;%1&quot; niet herkend</source>
        <translation>country &quot;%1&quot; not recognised</translation>
    </message>
    <message>
        <source>land &quot;%1&quot; niet herkend (%2 onbekende landen: %3)</source>
        <translation>country &quot;%1&quot; not recognised (%2 unknown countries: %3)</translation>
    </message>
    <message>
        <source>De gegevensset heeft een naam nodig.</source>
        <translation>The data set needs a name.</translation>
    </message>
    <message>
        <source>Er is al een gegevensset met de naam &quot;%1&quot;.</source>
        <translation>There already is a data set named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Opslaan in de database</source>
        <translation>Saving to the database</translation>
    </message>
    <message>
        <source>opslaan in de database mislukt: %1</source>
        <translation>saving to the database failed: %1</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Committing</translation>
    </message>
    <message>
        <source>de werkmap heeft geen bladen</source>
        <translation>the workbook has no sheets</translation>
    </message>
    <message>
        <source>geen tekstbestand (binaire gegevens?); verwacht CSV of XLSX</source>
        <translation>not a text file (binary data?); expected CSV or XLSX</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>land onbekend</source>
        <translation>country unknown</translation>
    </message>
    <message>
        <source>bestand;regel;kolom;soort;melding</source>
        <translation>file;row;column;kind;message</translation>
    </message>
    <message>
        <source>Kan %1 niet schrijven: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; opgeslagen.</source>
        <translation>Data set &quot;%1&quot; stored.</translation>
    </message>
    <message>
        <source>Import afgebroken; er is niets opgeslagen.</source>
        <translation>Import cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>Er is niets opgeslagen; de database is ongewijzigd.</source>
        <translation>Nothing was stored; the database is unchanged.</translation>
    </message>
    <message>
        <source>Regels gelezen: %1; afgewezen: %2; overgeslagen: %3.</source>
        <translation>Rows read: %1; rejected: %2; skipped: %3.</translation>
    </message>
    <message>
        <source>Opgeslagen: %1 rijen in de gegevensset (na optellen).</source>
        <translation>Stored: %1 rows in the data set (after summing).</translation>
    </message>
    <message>
        <source>Land niet herkend: &quot;%1&quot; (%2 regels)</source>
        <translation>Country not recognised: &quot;%1&quot; (%2 rows)</translation>
    </message>
    <message>
        <source>Geen BACI-jaarbestand van %1 gevonden.</source>
        <translation>No BACI year file for %1 found.</translation>
    </message>
    <message>
        <source>kan geen tijdelijk bestand maken: %1</source>
        <translation>cannot create a temporary file: %1</translation>
    </message>
    <message>
        <source>wereldtotaal van een lidstaat: bevat ook handel binnen de EU</source>
        <translation>a member state&apos;s world total: includes intra-EU trade</translation>
    </message>
    <message>
        <source>uitvoer binnen de EU (de EU als één rapporterend land)</source>
        <translation>exports within the EU (the EU as one reporter)</translation>
    </message>
    <message>
        <source>het bestand bestaat niet in het archief</source>
        <translation>the file does not exist in the archive</translation>
    </message>
    <message>
        <source>kies één samenstelling van de EU als rapporterend land</source>
        <translation>choose one composition of the EU as reporter</translation>
    </message>
    <message>
        <source>Partner zonder land %1 (%2): %3 regels, samen %4 %5; telt mee in de totale invoer, nooit als grootste leverancier.</source>
        <translation>Partner without a country %1 (%2): %3 rows, together %4 %5; counts in total imports, never as the largest supplier.</translation>
    </message>
    <message>
        <source>waarde %1 is te groot voor een handelsstroom (meer dan 10^15)</source>
        <translation>value %1 is too large for a trade flow (more than 10^15)</translation>
    </message>
    <message>
        <source>dit jaarbestand is in %1, %2 in %3: één gegevensset heeft één HS-versie</source>
        <translation>this year file is in %1, %2 in %3: one data set has one HS version</translation>
    </message>
    <message>
        <source>Jaar %1 ligt buiten %2-%3.</source>
        <translation>Year %1 lies outside %2-%3.</translation>
    </message>
    <message>
        <source>Diensten per land (CBS StatLine)</source>
        <translation>Services by country (CBS StatLine)</translation>
    </message>
    <message>
        <source>Diensten worden niet als goederenhandel ingelezen.</source>
        <translation>Services are not read as goods trade.</translation>
    </message>
    <message>
        <source>Een tabel met diensteninvoer is één bestand; kies er één.</source>
        <translation>A table of services imports is one file; choose one.</translation>
    </message>
    <message>
        <source>Een tabel met diensteninvoer hoort bij één rapporterend land.</source>
        <translation>A table of services imports belongs to one reporting country.</translation>
    </message>
    <message>
        <source>%1 lezen</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Diensteninvoer van %1: %2 waarden, %3 partners, %4 jaren, in mln euro.</source>
        <translation>Services imports of %1: %2 values, %3 partners, %4 years, in mln euro.</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Stored</translation>
    </message>
</context>
<context>
    <name>Industry</name>
    <message>
        <source>voeding</source>
        <translation>food</translation>
    </message>
    <message>
        <source>delfstoffen en energie</source>
        <translation>mining and energy</translation>
    </message>
    <message>
        <source>chemie</source>
        <translation>chemicals</translation>
    </message>
    <message>
        <source>farmacie</source>
        <translation>pharmaceuticals</translation>
    </message>
    <message>
        <source>kunststof en rubber</source>
        <translation>plastics and rubber</translation>
    </message>
    <message>
        <source>hout en papier</source>
        <translation>wood and paper</translation>
    </message>
    <message>
        <source>textiel en kleding</source>
        <translation>textiles and clothing</translation>
    </message>
    <message>
        <source>bouwmaterialen</source>
        <translation>building materials</translation>
    </message>
    <message>
        <source>metalen</source>
        <translation>metals</translation>
    </message>
    <message>
        <source>machines</source>
        <translation>machinery</translation>
    </message>
    <message>
        <source>elektrische apparatuur</source>
        <translation>electrical equipment</translation>
    </message>
    <message>
        <source>computers en elektronica</source>
        <translation>computers and electronics</translation>
    </message>
    <message>
        <source>transportmiddelen</source>
        <translation>transport equipment</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>het archief kan niet worden geopend: %1</source>
        <translation>the archive cannot be opened: %1</translation>
    </message>
    <message>
        <source>het archief is beschadigd of geen zip-, 7z-, gz- of tar-archief (%1)</source>
        <translation>the archive is damaged or not a zip, 7z, gz or tar archive (%1)</translation>
    </message>
    <message>
        <source>het archief bevat &quot;%1&quot;, een naam die buiten de map zou uitpakken; het archief is geweigerd</source>
        <translation>the archive holds &quot;%1&quot;, a name that would unpack outside its folder; the archive is refused</translation>
    </message>
    <message>
        <source>het archief bevat meer dan %1 bestanden; geweigerd</source>
        <translation>the archive holds more than %1 files; refused</translation>
    </message>
    <message>
        <source>het archief bevat geen bestand &quot;%1&quot;</source>
        <translation>the archive holds no file &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in het archief is met een wachtwoord beveiligd</source>
        <translation>&quot;%1&quot; in the archive is protected by a password</translation>
    </message>
    <message>
        <source>&quot;%1&quot; pakt uit tot %2, meer dan toegestaan (%3); mogelijk een archiefbom, geweigerd</source>
        <translation>&quot;%1&quot; unpacks to %2, more than allowed (%3); possibly an archive bomb, refused</translation>
    </message>
    <message>
        <source>&quot;%1&quot; heeft een verdachte compressieverhouding (%2:1); mogelijk een archiefbom, geweigerd</source>
        <translation>&quot;%1&quot; has a suspicious compression ratio (%2:1); possibly an archive bomb, refused</translation>
    </message>
    <message>
        <source>&quot;%1&quot; pakt groter uit dan het archief opgeeft; mogelijk een archiefbom, geweigerd</source>
        <translation>&quot;%1&quot; unpacks larger than the archive states; possibly an archive bomb, refused</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in het archief is beschadigd (uitpakken mislukt: %2)</source>
        <translation>&quot;%1&quot; in the archive is damaged (unpacking failed: %2)</translation>
    </message>
    <message>
        <source>inlezen afgebroken</source>
        <translation>reading cancelled</translation>
    </message>
    <message>
        <source>het archief bevat geen bestanden</source>
        <translation>the archive holds no files</translation>
    </message>
    <message>
        <source>kan het bestand niet openen: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>veld &quot;%1&quot; ontbreekt</source>
        <translation>field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>getal</source>
        <translation>number</translation>
    </message>
    <message>
        <source>geheel getal</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>veld &quot;%1&quot; is %2, maar moet tussen %3 en %4 liggen</source>
        <translation>field &quot;%1&quot; is %2, but must lie between %3 and %4</translation>
    </message>
    <message>
        <source>true of false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>lijst</source>
        <translation>list</translation>
    </message>
    <message>
        <source>veld &quot;%1[%2]&quot; moet tekst zijn</source>
        <translation>field &quot;%1[%2]&quot; must be text</translation>
    </message>
    <message>
        <source>%1 kan niet worden geopend: %2.</source>
        <translation>%1 cannot be opened: %2.</translation>
    </message>
    <message>
        <source>veld &quot;%1&quot; heeft het verkeerde type (verwacht: %2)</source>
        <translation>field &quot;%1&quot; has the wrong type (expected: %2)</translation>
    </message>
</context>
<context>
    <name>LetterReference</name>
    <message>
        <source>Kamerbrief 2021</source>
        <translation>Parliamentary letter 2021</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Herkomst: waar komt de Nederlandse invoer vandaan?</source>
        <translation>Herkomst: where do Dutch imports come from?</translation>
    </message>
    <message>
        <source>Start op de demodata met de CBS-drempels.</source>
        <translation>Start on the demo data with the CBS thresholds.</translation>
    </message>
    <message>
        <source>Taal van het scherm (nl of en).</source>
        <translation>Screen language (nl or en).</translation>
    </message>
    <message>
        <source>taal</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Sla een schermafdruk van het venster op en sluit af.</source>
        <translation>Save a screenshot of the window and quit.</translation>
    </message>
    <message>
        <source>Venstergrootte, bv. 1600x1000.</source>
        <translation>Window size, e.g. 1600x1000.</translation>
    </message>
    <message>
        <source>BxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Een opgeslagen analyse (.herkomst) om te openen.</source>
        <translation>A saved analysis (.herkomst) to open.</translation>
    </message>
</context>
<context>
    <name>MarginWording</name>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>valt bij geen drempel af</source>
        <translation>drops out at no threshold</translation>
    </message>
    <message>
        <source>valt af vanaf %1</source>
        <translation>drops out from %1</translation>
    </message>
    <message>
        <source>valt af boven %1</source>
        <translation>drops out above %1</translation>
    </message>
    <message>
        <source>valt af bij %1 of lager</source>
        <translation>drops out at %1 or lower</translation>
    </message>
    <message>
        <source>valt af onder %1</source>
        <translation>drops out below %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2 (%3 %4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: hier gestopt</source>
        <translation>%1: stopped here</translation>
    </message>
    <message>
        <source>%1: onbepaald, gegevens ontbreken</source>
        <translation>%1: undetermined, data missing</translation>
    </message>
    <message>
        <source> · randgeval binnen ±%1</source>
        <translation> · borderline within ±%1</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Aandeel grootste niet-EU-leverancier</source>
        <translation>Share of largest non-EU supplier</translation>
    </message>
    <message>
        <source>Het grootste aandeel van één land buiten de EU in de invoer van het product (de rapporteur zelf telt niet als partner).</source>
        <translation>The largest share of a single non-EU country in the product&apos;s imports (the reporter itself does not count as a partner).</translation>
    </message>
    <message>
        <source>Invoer/uitvoer</source>
        <translation>Imports/exports</translation>
    </message>
    <message>
        <source>Invoerwaarde gedeeld door uitvoerwaarde van het product; zonder uitvoer is de verhouding oneindig.</source>
        <translation>Import value divided by export value of the product; without exports the ratio is infinite.</translation>
    </message>
    <message>
        <source>Concentratie wereldmarkt (HHI)</source>
        <translation>World market concentration (HHI)</translation>
    </message>
    <message>
        <source>Herfindahl-index van de wereldexport over exporterende landen: de som van de gekwadrateerde marktaandelen (0 tot 1).</source>
        <translation>Herfindahl index of world exports over exporting countries: the sum of the squared market shares (0 to 1).</translation>
    </message>
    <message>
        <source>Concentratie invoer (HHI)</source>
        <translation>Import concentration (HHI)</translation>
    </message>
    <message>
        <source>Herfindahl-index van de invoer over alle partnerlanden.</source>
        <translation>Herfindahl index of imports over all partner countries.</translation>
    </message>
    <message>
        <source>Concentratie invoer buiten de EU (HHI)</source>
        <translation>Extra-EU import concentration (HHI)</translation>
    </message>
    <message>
        <source>Herfindahl-index van de invoer over partnerlanden buiten de EU.</source>
        <translation>Herfindahl index of imports over non-EU partner countries.</translation>
    </message>
    <message>
        <source>Aandeel invoer van buiten de EU</source>
        <translation>Extra-EU share of imports</translation>
    </message>
    <message>
        <source>Het deel van de invoer dat uit landen buiten de EU komt.</source>
        <translation>The part of imports that comes from countries outside the EU.</translation>
    </message>
    <message>
        <source>Invoer buiten de EU / totale uitvoer</source>
        <translation>Extra-EU imports / total exports</translation>
    </message>
    <message>
        <source>Invoer uit landen buiten de EU gedeeld door de totale uitvoer van het product; zonder uitvoer oneindig.</source>
        <translation>Imports from non-EU countries divided by total exports of the product; infinite without exports.</translation>
    </message>
    <message>
        <source>Aandeel grootste exporteur wereldwijd</source>
        <translation>Share of largest world exporter</translation>
    </message>
    <message>
        <source>Het aandeel van het grootste exporterende land in de wereldexport.</source>
        <translation>The share of the largest exporting country in world exports.</translation>
    </message>
</context>
<context>
    <name>Persistence</name>
    <message>
        <source> (samen in %1 van %2 jaar)</source>
        <translation> (together in %1 of %2 years)</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>CBS 2021 (Kamerbrief)</source>
        <translation>CBS 2021 (parliamentary letter)</translation>
    </message>
    <message>
        <source>CBS, maatwerk voor BZ (Kamerbrief 22 november 2021)</source>
        <translation>CBS, custom tables for Foreign Affairs (letter of 22 November 2021)</translation>
    </message>
    <message>
        <source>Meer dan de helft uit één niet-EU-land</source>
        <translation>More than half from one non-EU country</translation>
    </message>
    <message>
        <source>Meer invoer dan uitvoer</source>
        <translation>More imports than exports</translation>
    </message>
    <message>
        <source>Geconcentreerde wereldmarkt</source>
        <translation>Concentrated world market</translation>
    </message>
    <message>
        <source>Europese Commissie 2021</source>
        <translation>European Commission 2021</translation>
    </message>
    <message>
        <source>Europese Commissie, SWD(2021) 352</source>
        <translation>European Commission, SWD(2021) 352</translation>
    </message>
    <message>
        <source>Geconcentreerde invoer van buiten de EU</source>
        <translation>Concentrated extra-EU imports</translation>
    </message>
    <message>
        <source>Meer dan de helft van buiten de EU</source>
        <translation>More than half from outside the EU</translation>
    </message>
    <message>
        <source>Invoer buiten de EU groter dan uitvoer</source>
        <translation>Extra-EU imports exceed exports</translation>
    </message>
    <message>
        <source>CEPII GeoDep 2024</source>
        <translation>CEPII GeoDep 2024</translation>
    </message>
    <message>
        <source>CEPII, GeoDep (2024)</source>
        <translation>CEPII, GeoDep (2024)</translation>
    </message>
    <message>
        <source>Geconcentreerde invoer</source>
        <translation>Concentrated imports</translation>
    </message>
    <message>
        <source>Geconcentreerde wereldexport</source>
        <translation>Concentrated world exports</translation>
    </message>
    <message>
        <source>Eigen instelling</source>
        <translation>Custom setting</translation>
    </message>
</context>
<context>
    <name>ProductHistoryChart</name>
    <message>
        <source>Grootste niet-EU-aandeel</source>
        <translation>Largest non-EU share</translation>
    </message>
    <message>
        <source>Wereld-HHI</source>
        <translation>World HHI</translation>
    </message>
    <message>
        <source>Invoer (mln)</source>
        <translation>Imports (mln)</translation>
    </message>
    <message>
        <source>Invoer/uitvoer</source>
        <translation>Imports/exports</translation>
    </message>
    <message>
        <source>Verloop %1–%2</source>
        <translation>Course %1–%2</translation>
    </message>
    <message>
        <source>drempel</source>
        <translation>threshold</translation>
    </message>
</context>
<context>
    <name>SavedAnalysis</name>
    <message>
        <source>object niet afgesloten (ontbreekt een &apos;}&apos;?)</source>
        <translation>object not closed (is a &apos;}&apos; missing?)</translation>
    </message>
    <message>
        <source>&apos;:&apos; ontbreekt na een veldnaam</source>
        <translation>&apos;:&apos; is missing after a field name</translation>
    </message>
    <message>
        <source>lijst niet afgesloten (ontbreekt een &apos;]&apos;?)</source>
        <translation>list not closed (is a &apos;]&apos; missing?)</translation>
    </message>
    <message>
        <source>&apos;,&apos; ontbreekt tussen twee waarden</source>
        <translation>&apos;,&apos; is missing between two values</translation>
    </message>
    <message>
        <source>ongeldige waarde</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <source>het bestand houdt midden in een getal op</source>
        <translation>the file ends in the middle of a number</translation>
    </message>
    <message>
        <source>ongeldig getal</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>ongeldige escape-reeks</source>
        <translation>invalid escape sequence</translation>
    </message>
    <message>
        <source>ongeldige UTF-8-tekst</source>
        <translation>invalid UTF-8 text</translation>
    </message>
    <message>
        <source>tekst niet afgesloten (ontbreekt een &apos;&quot;&apos;?)</source>
        <translation>text not closed (is a &apos;&quot;&apos; missing?)</translation>
    </message>
    <message>
        <source>een object verwacht</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>te diep genest</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>document te groot</source>
        <translation>document too large</translation>
    </message>
    <message>
        <source>onverwachte tekens na het einde</source>
        <translation>unexpected characters after the end</translation>
    </message>
    <message>
        <source>onbekende fout</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>Herkomst-analyse (*.herkomst)</source>
        <translation>Herkomst analysis (*.herkomst)</translation>
    </message>
    <message>
        <source>De drempel van %1 (%2) ligt niet tussen %3 en %4; de analyse is niet opgeslagen.</source>
        <translation>The threshold of %1 (%2) does not lie between %3 and %4; the analysis was not saved.</translation>
    </message>
    <message>
        <source>Kan %1 niet schrijven: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Kan %1 niet openen: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is geen geldig analysebestand (JSON): %2 op regel %3, kolom %4.</source>
        <translation>%1 is not a valid analysis file (JSON): %2 on line %3, column %4.</translation>
    </message>
    <message>
        <source>%1 is geen Herkomst-analyse: het veld &quot;format&quot; met de waarde &quot;%2&quot; ontbreekt.</source>
        <translation>%1 is not a Herkomst analysis: the field &quot;format&quot; with the value &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <source>%1 is gemaakt met een nieuwere versie van Herkomst (bestandsversie %2; deze versie leest tot en met versie %3). Werk Herkomst bij om deze analyse te openen.</source>
        <translation>%1 was made with a newer version of Herkomst (file version %2; this version reads up to version %3). Update Herkomst to open this analysis.</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; staat niet in de database %2.</source>
        <translation>Data set &quot;%1&quot; is not in the database %2.</translation>
    </message>
    <message>
        <source>Deze analyse hoort bij de database %1, maar er is geen database geopend.</source>
        <translation>This analysis belongs to the database %1, but no database is open.</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; staat niet in de database %2, maar &quot;%3&quot; heeft dezelfde bronbestanden; is die hernoemd?</source>
        <translation>Data set &quot;%1&quot; is not in the database %2, but &quot;%3&quot; has the same source files; was it renamed?</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; staat niet in de database %2. Importeer de bronbestanden opnieuw of open de database waarmee de analyse is gemaakt (%3).</source>
        <translation>Data set &quot;%1&quot; is not in the database %2. Import the source files again or open the database the analysis was made with (%3).</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; in de database %2 is niet meer dezelfde als bij het opslaan: de bronbestanden verschillen (controlegetallen SHA-256). De cijfers kunnen afwijken.</source>
        <translation>Data set &quot;%1&quot; in the database %2 is no longer the one saved with: the source files differ (SHA-256 checksums). The figures may differ.</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; heeft geen invoer van %2 in %3.</source>
        <translation>Data set &quot;%1&quot; has no imports of %2 in %3.</translation>
    </message>
</context>
<context>
    <name>SensitivityCaption</name>
    <message>
        <source>Gevarieerd: de drempel van één criterium tegelijk, over zijn gebruikelijke bereik (horizontale as); vast: de andere drempels zoals in deze analyse. Doorgetrokken lijn: de huidige drempel; streepjes: de drempel van de voorinstelling. %1</source>
        <translation>Varied: the threshold of one criterion at a time, over its usual range (horizontal axis); fixed: the other thresholds as in this analysis. Solid line: the current threshold; dashes: the preset&apos;s threshold. %1</translation>
    </message>
    <message>
        <source>Gevarieerd: %1 van %2 tot %3 (horizontaal) en %4 van %5 tot %6 (verticaal); vast: de andere drempels zoals in deze analyse. Elk vak telt de producten na de laatste stap; omlijnd: de huidige drempels, gestreept: die van de voorinstelling. %7</source>
        <translation>Varied: %1 from %2 to %3 (horizontal) and %4 from %5 to %6 (vertical); fixed: the other thresholds as in this analysis. Each cell counts the products after the last step; outlined: the current thresholds, dashed: the preset&apos;s. %7</translation>
    </message>
</context>
<context>
    <name>ServicesMapping</name>
    <message>
        <source>%1 partners, jaren %2</source>
        <translation>%1 partners, years %2</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>diensteninvoer</source>
        <translation>services imports</translation>
    </message>
    <message>
        <source>mln euro</source>
        <translation>mln euro</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>x 1 000 euro</source>
        <translation>x 1,000 euro</translation>
    </message>
    <message>
        <source>x miljard euro</source>
        <translation>x billion euro</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;Kan het bestand niet lezen:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;Cannot read the file:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Geen kopregel herkend.&lt;/b&gt; Kies de kopregel en welke kolom de partner, het jaar en de diensteninvoer bevat; staat elk jaar in een eigen kolom, kies dan alleen de partner.</source>
        <translation>&lt;b&gt;No header row recognised.&lt;/b&gt; Choose the header row and which column holds the partner, the year and the services imports; if each year is in a column of its own, choose only the partner.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;Nog geen kolom voor de partner.&lt;/b&gt;&lt;/span&gt; Kies welke kolom de landen of groepen noemt.</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;No column for the partner yet.&lt;/b&gt;&lt;/span&gt; Choose which column names the countries or groups.</translation>
    </message>
    <message>
        <source>een kolom per jaar</source>
        <translation>one column per year</translation>
    </message>
    <message>
        <source>een regel per partner en jaar</source>
        <translation>one row per partner and year</translation>
    </message>
    <message>
        <source>één waardekolom voor één jaar</source>
        <translation>one value column for one year</translation>
    </message>
    <message>
        <source>Kop op regel %1; gelezen als &lt;b&gt;diensteninvoer per partner&lt;/b&gt;, %2.</source>
        <translation>Header on row %1; read as &lt;b&gt;services imports by partner&lt;/b&gt;, %2.</translation>
    </message>
    <message>
        <source>In het voorbeeld: %1.</source>
        <translation>In the preview: %1.</translation>
    </message>
    <message>
        <source>Eenheid: %1; opgeslagen in mln euro.</source>
        <translation>Unit: %1; stored in mln euro.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;Eenheid “%1” niet herkend; kies mln euro, euro of x 1 000 euro.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;Unit “%1” not recognised; choose mln euro, euro or x 1,000 euro.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Eenheid niet vermeld: gelezen als mln euro.</source>
        <translation>Unit not stated: read as mln euro.</translation>
    </message>
    <message>
        <source>Alleen het jaar %1 wordt ingelezen.</source>
        <translation>Only the year %1 is read.</translation>
    </message>
    <message>
        <source>Partners worden opgeslagen zoals de tabel ze noemt; totalen (Totaal, Wereld) worden overgeslagen.</source>
        <translation>Partners are stored as the table names them; totals (Total, World) are skipped.</translation>
    </message>
    <message>
        <source>Uw indeling vervangt de herkenning.</source>
        <translation>Your layout replaces the recognition.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;Zo kan het niet worden ingelezen:&lt;/b&gt; %1&lt;/span&gt; Ga terug en pas de kolommen aan.</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;It cannot be read like this:&lt;/b&gt; %1&lt;/span&gt; Go back and adjust the columns.</translation>
    </message>
    <message>
        <source>Gevonden: %1 waarden van %2. Ze verschijnen in de weergave Diensten en goederen, naast de goederen van de getoonde gegevens.</source>
        <translation>Found: %1 values of %2. They appear in the view Services and goods, beside the goods of the data shown.</translation>
    </message>
</context>
<context>
    <name>ServicesTableReader</name>
    <message>
        <source>kan het bestand niet openen: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>geen kop gevonden met een kolom voor de partner (&quot;Landen&quot;) en een jaar (&quot;Perioden&quot; met een waardekolom, of een kolom per jaar)</source>
        <translation>no header found with a column for the partner (&quot;Landen&quot;) and a year (&quot;Perioden&quot; with a value column, or a column per year)</translation>
    </message>
    <message>
        <source>geen getal: &quot;%1&quot;</source>
        <translation>not a number: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>een negatieve of onmogelijk grote invoer: &quot;%1&quot;</source>
        <translation>negative or impossibly large imports: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 in %2 staat er twee keer in</source>
        <translation>%1 in %2 appears twice</translation>
    </message>
    <message>
        <source>geen jaartal: &quot;%1&quot;</source>
        <translation>not a year: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>de tabel bevat geen partners onder de kop</source>
        <translation>the table holds no partners below its header</translation>
    </message>
    <message>
        <source>geen kolom voor de partner</source>
        <translation>no column for the partner</translation>
    </message>
    <message>
        <source>geen bruikbare eenheid van de waarden</source>
        <translation>no usable unit for the values</translation>
    </message>
    <message>
        <source>geen kolom voor het jaar %1 in de kopregel</source>
        <translation>no column for the year %1 in the header row</translation>
    </message>
    <message>
        <source>geen waardekolom en geen kolom per jaar in de kopregel</source>
        <translation>no value column and no column per year in the header row</translation>
    </message>
    <message>
        <source>de tabel noemt geen jaar</source>
        <translation>the table names no year</translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <source>regel %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>kolom %1</source>
        <translation>column %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Er loopt geen import.</source>
        <translation>No import is running.</translation>
    </message>
    <message>
        <source>deze combinatie staat er al eerder in (dubbele sleutel)</source>
        <translation>this combination is already in it (duplicate key)</translation>
    </message>
    <message>
        <source>Er is al een gegevensset met de naam &quot;%1&quot;.</source>
        <translation>There already is a data set named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>De database is niet geopend.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Een gegevensset heeft een naam nodig.</source>
        <translation>A data set needs a name.</translation>
    </message>
    <message>
        <source>Hernoemen naar &quot;%1&quot; mislukt: er is al een gegevensset met die naam.</source>
        <translation>Renaming to &quot;%1&quot; failed: there already is a data set with that name.</translation>
    </message>
    <message>
        <source>Gegevensset %1 bestaat niet in deze database.</source>
        <translation>Data set %1 does not exist in this database.</translation>
    </message>
    <message>
        <source>Gegevensset &quot;%1&quot; heeft geen invoer van %2 in %3.</source>
        <translation>Data set &quot;%1&quot; has no imports of %2 in %3.</translation>
    </message>
    <message>
        <source>Er is al een gegevensset met de naam &quot;%1&quot;; kies een andere naam.</source>
        <translation>A data set named &quot;%1&quot; already exists; choose another name.</translation>
    </message>
    <message>
        <source>Het bestand %1 is al geïmporteerd; een tweede import zou de cijfers dubbel tellen.</source>
        <translation>The file %1 has already been imported; a second import would count its figures twice.</translation>
    </message>
    <message>
        <source>De gegevensset bevat geen diensteninvoer van %1.</source>
        <translation>The data set holds no services imports of %1.</translation>
    </message>
    <message>
        <source>De gegevensset bevat geen diensteninvoer van %1 in %2.</source>
        <translation>The data set holds no services imports of %1 in %2.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>De database %1 bestaat niet.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>De database %1 is leeg: er staan nog geen gegevens in.</source>
        <translation>The database %1 is empty: it holds no data yet.</translation>
    </message>
    <message>
        <source>Het bestand %1 is geen Herkomst-database; Herkomst heeft er niets aan veranderd.</source>
        <translation>The file %1 is not a Herkomst database; Herkomst changed nothing in it.</translation>
    </message>
    <message>
        <source>De database %1 is gemaakt door een nieuwere versie van Herkomst (schemaversie %2; deze versie kent t/m %3). Er is niets aan veranderd; werk Herkomst bij.</source>
        <translation>The database %1 was made by a newer version of Herkomst (schema version %2; this version knows up to %3). Nothing was changed; update Herkomst.</translation>
    </message>
    <message>
        <source>De database %1 heeft schemaversie %2, die geen versie van Herkomst schrijft; Herkomst leest en verandert haar niet.</source>
        <translation>The database %1 has schema version %2, which no version of Herkomst writes; Herkomst neither reads nor changes it.</translation>
    </message>
    <message>
        <source>De database %1 is beschadigd; Herkomst analyseert haar niet. (%2)</source>
        <translation>The database %1 is damaged; Herkomst does not analyse it. (%2)</translation>
    </message>
    <message>
        <source>De database %1 is alleen-lezen (het bestand, de map of de schijf): Herkomst kan er niet in schrijven.</source>
        <translation>The database %1 is read-only (the file, the folder or the disk): Herkomst cannot write to it.</translation>
    </message>
    <message>
        <source>De schijf waarop de database %1 staat is vol.</source>
        <translation>The disk holding the database %1 is full.</translation>
    </message>
    <message>
        <source>Een ander programma schrijft op dit moment in de database %1.</source>
        <translation>Another program is writing to the database %1 at the moment.</translation>
    </message>
    <message>
        <source>De database %1 heeft een onafgemaakt schrijflogboek (%2), dat alleen op een beschrijfbare plek kan worden afgewerkt.</source>
        <translation>The database %1 has an unfinished write log (%2), which can only be completed in a writable place.</translation>
    </message>
    <message>
        <source>Het laden van %1 is afgebroken.</source>
        <translation>Loading %1 was cancelled.</translation>
    </message>
    <message>
        <source>De database %1 kan niet worden gebruikt: %2</source>
        <translation>The database %1 cannot be used: %2</translation>
    </message>
</context>
<context>
    <name>Table1Table</name>
    <message>
        <source>Tabel 1. Vergelijking tussen diensten- en goedereninvoer, %1 (mln %2)</source>
        <translation>Table 1. Comparison of services and goods imports, %1 (mln %2)</translation>
    </message>
    <message>
        <source>* buiten de EU; † alleen in deze lijst; &quot;Overige ...&quot;: CBS-restgroep, geen land</source>
        <translation>* outside the EU; † in this list only; &quot;Overige ...&quot;: CBS residual group, not a country</translation>
    </message>
    <message>
        <source>Diensten en goederen</source>
        <translation>Services and goods</translation>
    </message>
    <message>
        <source>De grootste partners van de invoer van diensten en van goederen naast elkaar (%1, %2). Van diensten bestaan geen cijfers per product, alleen per partner.</source>
        <translation>The largest partners for imports of services and of goods side by side (%1, %2). Services have no figures per product, only per partner.</translation>
    </message>
    <message>
        <source>Voor deze gegevens zijn geen dienstencijfers beschikbaar.</source>
        <translation>No services figures are available for these data.</translation>
    </message>
    <message>
        <source>Tabel 1</source>
        <translation>Table 1</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Diensten: partner</source>
        <translation>Services: partner</translation>
    </message>
    <message>
        <source>Diensten (mln)</source>
        <translation>Services (mln)</translation>
    </message>
    <message>
        <source>Goederen: partner</source>
        <translation>Goods: partner</translation>
    </message>
    <message>
        <source>Goederen (mln)</source>
        <translation>Goods (mln)</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Bijlage 2. Lijst van geconcentreerde producten</source>
        <translation>Annex 2. List of concentrated products</translation>
    </message>
    <message>
        <source>Bijlage 2. Lijst van ingevoerde producten</source>
        <translation>Annex 2. List of imported products</translation>
    </message>
    <message>
        <source>Bijlage 2. Lijst van producten na stap %1 (%2)</source>
        <translation>Annex 2. List of products after step %1 (%2)</translation>
    </message>
    <message>
        <source>Bijlage 2</source>
        <translation>Annex 2</translation>
    </message>
    <message>
        <source>HS6</source>
        <translation>HS6</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Grootste niet-EU-leverancier</source>
        <translation>Largest non-EU supplier</translation>
    </message>
    <message>
        <source>Aandeel (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Invoerwaarde (%1)</source>
        <translation>Import value (%1)</translation>
    </message>
    <message>
        <source>Producten</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Ingevoerde producten met de stap van de trechter die zij bereikten</source>
        <translation>Imported products with the step of the funnel they reached</translation>
    </message>
    <message>
        <source>Bedrijfstak</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Invoer (%1)</source>
        <translation>Imports (%1)</translation>
    </message>
    <message>
        <source>Uitvoer (%1)</source>
        <translation>Exports (%1)</translation>
    </message>
    <message>
        <source>Invoer/uitvoer</source>
        <translation>Imports/exports</translation>
    </message>
    <message>
        <source>Wereld-HHI</source>
        <translation>World HHI</translation>
    </message>
    <message>
        <source>buiten selectie</source>
        <translation>outside the selection</translation>
    </message>
    <message>
        <source> (daarna onbepaald)</source>
        <translation> (undetermined after)</translation>
    </message>
    <message>
        <source>Kan werkmap %1 niet aanmaken.</source>
        <translation>Cannot create workbook %1.</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kan %1 niet schrijven: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Kan %1 niet vervangen.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <source>Land onbekend (%)</source>
        <translation>Country unknown (%)</translation>
    </message>
</context>
<context>
    <name>ValueUnit</name>
    <message>
        <source>mln euro</source>
        <translation>million euro</translation>
    </message>
    <message>
        <source>mln %1</source>
        <translation>mln %1</translation>
    </message>
    <message>
        <source>x 1.000 euro</source>
        <translation>x 1,000 euro</translation>
    </message>
    <message>
        <source>x 1.000 %1</source>
        <translation>x 1,000 %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>blad &apos;%1&apos;: </source>
        <translation>sheet &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>XLSX-onderdeel %1 kan niet worden gelezen</source>
        <translation>XLSX part %1 cannot be read</translation>
    </message>
    <message>
        <source>bestand kan niet worden geopend: %1</source>
        <translation>the file cannot be opened: %1</translation>
    </message>
    <message>
        <source>bestand is leeg</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>dit is een oud Excel-bestand (xls) of een met wachtwoord beveiligd bestand; sla het op als .xlsx zonder wachtwoord</source>
        <translation>this is an old Excel file (xls) or a password-protected file; save it as .xlsx without a password</translation>
    </message>
    <message>
        <source>geen XLSX-bestand (geen zip-archief)</source>
        <translation>not an XLSX file (not a zip archive)</translation>
    </message>
    <message>
        <source>XLSX-bestand is beschadigd of onvolledig (zip-archief kan niet worden geopend)</source>
        <translation>the XLSX file is damaged or incomplete (the zip archive cannot be opened)</translation>
    </message>
    <message>
        <source>XLSX mist het onderdeel %1; is het wel een Excel-bestand?</source>
        <translation>the XLSX lacks the part %1; is it really an Excel file?</translation>
    </message>
    <message>
        <source>XLSX-onderdeel %1 is beschadigd (uitpakken mislukt)</source>
        <translation>XLSX part %1 is damaged (unpacking failed)</translation>
    </message>
    <message>
        <source>XLSX-onderdeel %1 kan niet worden uitgepakt (met wachtwoord beveiligd)</source>
        <translation>XLSX part %1 cannot be unpacked (password-protected)</translation>
    </message>
    <message>
        <source>XLSX-onderdeel %1 is uitgepakt %2, meer dan toegestaan (%3); mogelijk een zip-bom, geweigerd</source>
        <translation>XLSX part %1 unpacks to %2, more than allowed (%3); possibly a zip bomb, refused</translation>
    </message>
    <message>
        <source>XLSX-onderdeel %1 heeft een verdachte compressieverhouding (%2:1); mogelijk een zip-bom, geweigerd</source>
        <translation>XLSX part %1 has a suspicious compression ratio (%2:1); possibly a zip bomb, refused</translation>
    </message>
    <message>
        <source>XLSX-onderdeel %1 pakt groter uit dan het archief opgeeft; mogelijk een zip-bom, geweigerd</source>
        <translation>XLSX part %1 unpacks larger than the archive states; possibly a zip bomb, refused</translation>
    </message>
    <message>
        <source>inlezen afgebroken</source>
        <translation>reading cancelled</translation>
    </message>
    <message>
        <source>XLSX bevat een DTD; geweigerd</source>
        <translation>the XLSX holds a DTD; refused</translation>
    </message>
    <message>
        <source>XLSX bevat een onbekende entiteit (&amp;%1;); geweigerd</source>
        <translation>the XLSX holds an unknown entity (&amp;%1;); refused</translation>
    </message>
    <message>
        <source>XLSX-onderdeel %1 is onvolledig</source>
        <translation>XLSX part %1 is incomplete</translation>
    </message>
    <message>
        <source>XLSX-onderdeel %1 bevat ongeldige XML: geen UTF-8</source>
        <translation>XLSX part %1 holds invalid XML: not UTF-8</translation>
    </message>
    <message>
        <source>XLSX-onderdeel %1 bevat ongeldige XML: %2</source>
        <translation>XLSX part %1 holds invalid XML: %2</translation>
    </message>
    <message>
        <source>blad &apos;%1&apos; verwijst naar een onderdeel dat ontbreekt</source>
        <translation>sheet &apos;%1&apos; refers to a part that is missing</translation>
    </message>
    <message>
        <source>XLSX bevat geen werkbladen</source>
        <translation>the XLSX holds no worksheets</translation>
    </message>
    <message>
        <source>werkblad is onvolledig</source>
        <translation>the worksheet is incomplete</translation>
    </message>
    <message>
        <source>ongeldige celverwijzing &apos;%1&apos;</source>
        <translation>invalid cell reference &apos;%1&apos;</translation>
    </message>
    <message>
        <source>meer dan %1 kolommen</source>
        <translation>more than %1 columns</translation>
    </message>
    <message>
        <source>verwijzing naar gedeelde tekst %1 bestaat niet</source>
        <translation>reference to shared string %1 does not exist</translation>
    </message>
    <message>
        <source>blad %1 bestaat niet</source>
        <translation>sheet %1 does not exist</translation>
    </message>
    <message>
        <source>blad &apos;%1&apos; is geen werkblad (grafiek of macro)</source>
        <translation>sheet &apos;%1&apos; is not a worksheet (a chart or macro)</translation>
    </message>
    <message>
        <source>blad &apos;%1&apos; bestaat niet</source>
        <translation>sheet &apos;%1&apos; does not exist</translation>
    </message>
    <message>
        <source>ongeldig rijnummer &apos;%1&apos;</source>
        <translation>invalid row number &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>XmlPullParser</name>
    <message>
        <source>element of tekst groter dan 64 MiB</source>
        <translation>element or text larger than 64 MiB</translation>
    </message>
    <message>
        <source>CDATA buiten het hoofdelement</source>
        <translation>CDATA outside the root element</translation>
    </message>
    <message>
        <source>onbekende opmaak &lt;!</source>
        <translation>unknown markup &lt;!</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; in een attribuutwaarde</source>
        <translation>&apos;&lt;&apos; in an attribute value</translation>
    </message>
    <message>
        <source>tag zonder &apos;&gt;&apos;</source>
        <translation>tag without &apos;&gt;&apos;</translation>
    </message>
    <message>
        <source>element na het hoofdelement</source>
        <translation>element after the root element</translation>
    </message>
    <message>
        <source>element zonder naam</source>
        <translation>element without a name</translation>
    </message>
    <message>
        <source>attribuut zonder waarde in &lt;%1&gt;</source>
        <translation>attribute without a value in &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribuutwaarde zonder aanhalingstekens</source>
        <translation>attribute value without quotation marks</translation>
    </message>
    <message>
        <source>attribuutwaarde niet afgesloten</source>
        <translation>attribute value not closed</translation>
    </message>
    <message>
        <source>attribuut zonder naam</source>
        <translation>attribute without a name</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; zonder begin</source>
        <translation>&lt;/%1&gt; without a start</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; sluit &lt;%2&gt;</source>
        <translation>&lt;/%1&gt; closes &lt;%2&gt;</translation>
    </message>
    <message>
        <source>tekst buiten het hoofdelement</source>
        <translation>text outside the root element</translation>
    </message>
</context>
<context>
    <name>YearComparisonTable</name>
    <message>
        <source>Wat is veranderd sinds %1? Producten na de laatste stap in %1 en %2</source>
        <translation>What has changed since %1? Products after the last step in %1 and %2</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>verdwenen</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>gebleven</source>
        <translation>stayed</translation>
    </message>
    <message>
        <source>Van de %1 producten na de laatste stap in %2 staan er in %3 nog %4; verdwenen: %5, nieuw: %6.</source>
        <translation>Of the %1 products after the last step in %2, %4 are still there in %3; gone: %5, new: %6.</translation>
    </message>
    <message>
        <source>Veranderingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>HS6</source>
        <translation>HS6</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Verandering</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>in %1 niet ingevoerd</source>
        <translation>not imported in %1</translation>
    </message>
    <message>
        <source>in %1 niet voldaan: %2</source>
        <translation>in %1 not met: %2</translation>
    </message>
    <message>
        <source>(onbepaald: gegevens ontbreken)</source>
        <translation>(undetermined: data missing)</translation>
    </message>
    <message>
        <source>groep %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <source>Wat is veranderd sinds %1?</source>
        <translation>What has changed since %1?</translation>
    </message>
    <message>
        <source>Bij elk nieuw of verdwenen product staat de stap waarop het in het andere jaar afviel; de waarden van beide jaren staan in de export van de vergelijking.</source>
        <translation>For each new or gone product the step at which it dropped out in the other year is given; the values of both years are in the comparison&apos;s export.</translation>
    </message>
    <message>
        <source>Nieuwe en verdwenen producten na de laatste stap, %1 en %2</source>
        <translation>New and gone products after the last step, %1 and %2</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::AboutDialog</name>
    <message>
        <source>Over Herkomst</source>
        <translation>About Herkomst</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herkomst %1&lt;/h3&gt;&lt;p&gt;Waar komt de Nederlandse invoer vandaan, en welke producten zijn strategische afhankelijkheden? Herkomst herhaalt de analyse achter de Kamerbrief van 22 november 2021 (Bijlage 1) met instelbare drempels.&lt;/p&gt;&lt;p&gt;Methode: CBS, maatwerk voor BZ; Europese Commissie SWD(2021) 352; CEPII GeoDep.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Herkomst %1&lt;/h3&gt;&lt;p&gt;Where do Dutch imports come from, and which products are strategic dependencies? Herkomst repeats the analysis behind the parliamentary letter of 22 November 2021 (Annex 1) with adjustable thresholds.&lt;/p&gt;&lt;p&gt;Method: CBS custom tables for Foreign Affairs; European Commission SWD(2021) 352; CEPII GeoDep.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::AnalysisDocument</name>
    <message>
        <source>Synthetische demodata, in het programma gegenereerd in de vorm van de CBS-tabellen — geen echte handelscijfers</source>
        <translation>Synthetic demo data, generated by the program in the shape of the CBS tables — not real trade figures</translation>
    </message>
    <message>
        <source>Bron: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, geïmporteerd %1</source>
        <translation>, imported %1</translation>
    </message>
    <message>
        <source> — synthetisch</source>
        <translation> — synthetic</translation>
    </message>
    <message>
        <source>De database %1 bevat nog geen gegevenssets; importeer eerst een bestand.</source>
        <translation>The database %1 holds no data sets yet; import a file first.</translation>
    </message>
    <message>
        <source>Drempel %1</source>
        <translation>Threshold %1</translation>
    </message>
    <message>
        <source>Criterium aan: %1</source>
        <translation>Criterion on: %1</translation>
    </message>
    <message>
        <source>Criterium uit: %1</source>
        <translation>Criterion off: %1</translation>
    </message>
    <message>
        <source>Criteriaset %1</source>
        <translation>Criteria set %1</translation>
    </message>
    <message>
        <source>Standaardinstelling CBS 2021</source>
        <translation>Default setting CBS 2021</translation>
    </message>
    <message>
        <source>Alle bedrijfstakken</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>Bedrijfstakken: %1</source>
        <translation>Industries: %1</translation>
    </message>
    <message>
        <source>Gegevenskeuze %1, %2, %3</source>
        <translation>Data selection %1, %2, %3</translation>
    </message>
    <message>
        <source>laatste jaar</source>
        <translation>latest year</translation>
    </message>
    <message>
        <source>Criterium toegevoegd: %1</source>
        <translation>Criterion added: %1</translation>
    </message>
    <message>
        <source>Criterium verwijderd: %1</source>
        <translation>Criterion removed: %1</translation>
    </message>
    <message>
        <source>Criterium verplaatst: %1</source>
        <translation>Criterion moved: %1</translation>
    </message>
    <message>
        <source>De database %1 bestaat niet (meer).</source>
        <translation>The database %1 does not exist (any more).</translation>
    </message>
    <message>
        <source>Niet-opgeslagen analyse</source>
        <translation>Unsaved analysis</translation>
    </message>
    <message>
        <source>%1[*] — Herkomst</source>
        <translation>%1[*] — Herkomst</translation>
    </message>
    <message>
        <source>De analyse %1 hoort bij een database die niet te openen is: %2</source>
        <translation>The analysis %1 belongs to a database that cannot be opened: %2</translation>
    </message>
    <message>
        <source>De drempel %1 ligt buiten het bereik van %2 (%3 tot en met %4).</source>
        <translation>The threshold %1 lies outside the range of %2 (%3 to %4).</translation>
    </message>
    <message>
        <source>Over meerdere jaren: %1 van %2</source>
        <translation>Over several years: %1 of %2</translation>
    </message>
    <message>
        <source>Eén jaar</source>
        <translation>One year</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::ConfirmPage</name>
    <message>
        <source>Controleren en importeren</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <source>Zo wordt er ingelezen. Er is nog niets opgeslagen: met Importeren begint het, en ook dan kunt u afbreken zonder dat de database verandert.</source>
        <translation>This is what will be read. Nothing has been stored yet: Import starts it, and even then you can cancel without the database changing.</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>zoals de tabel vermeldt; niets vermeld: euro</source>
        <translation>as the table states; none stated: euro</translation>
    </message>
    <message>
        <source>standaard van het formaat (Nederland)</source>
        <translation>format default (the Netherlands)</translation>
    </message>
    <message>
        <source>alle rapporterende landen</source>
        <translation>all reporting countries</translation>
    </message>
    <message>
        <source>Bestanden</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Formaat</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Naam van de gegevensset</source>
        <translation>Name of the data set</translation>
    </message>
    <message>
        <source>automatisch, uit de naam van het eerste bestand</source>
        <translation>automatic, from the name of the first file</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>uit de gegevens</source>
        <translation>from the data</translation>
    </message>
    <message>
        <source>Rapporterend land</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Eenheid van de waarden</source>
        <translation>Unit of the values</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Landen die Herkomst niet herkent, kunt u na het inlezen koppelen; pas daarna wordt opgeslagen.</source>
        <translation>Countries Herkomst does not recognise can be matched after reading; only then is anything stored.</translation>
    </message>
    <message>
        <source>zoals de tabel vermeldt; niets vermeld: mln euro</source>
        <translation>as the table states; nothing stated: mln euro</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::CountriesPage</name>
    <message>
        <source>Landen koppelen</source>
        <translation>Match countries</translation>
    </message>
    <message>
        <source>Deze namen of codes herkent Herkomst niet als land. Kies het land dat bedoeld is, of laat een naam overslaan; uw keuzes worden onthouden voor volgende imports.</source>
        <translation>Herkomst does not recognise these names or codes as countries. Choose the country that is meant, or skip a name; your choices are remembered for future imports.</translation>
    </message>
    <message>
        <source>Namen zonder land: %1, samen %2 regels. Voorstellen staan bovenaan elke lijst; typ de eerste letters om een land te zoeken.</source>
        <translation>Names without a country: %1, %2 rows in total. Suggestions are at the top of each list; type the first letters to search for a country.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In het bestand&lt;/b&gt;</source>
        <translation>&lt;b&gt;In the file&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regels&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rows&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Land&lt;/b&gt;</source>
        <translation>&lt;b&gt;Country&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Land voor “%1”</source>
        <translation>Country for “%1”</translation>
    </message>
    <message>
        <source>— overslaan: deze regels niet opslaan —</source>
        <translation>— skip: do not store these rows —</translation>
    </message>
    <message>
        <source>%1 (%2) — voorstel</source>
        <translation>%1 (%2) — suggestion</translation>
    </message>
    <message>
        <source>De keuzes konden niet worden bewaard: %1</source>
        <translation>The choices could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::CountryChart</name>
    <message>
        <source>Overige landen (%1)</source>
        <translation>Other countries (%1)</translation>
    </message>
    <message>
        <source>Aantal producten</source>
        <translation>Number of products</translation>
    </message>
    <message>
        <source>Overige bedrijfstakken</source>
        <translation>Other industries</translation>
    </message>
    <message>
        <source>Onbekende bedrijfstak</source>
        <translation>Unknown industry</translation>
    </message>
    <message>
        <source>Invoerwaarde (%1)</source>
        <translation>Import value (%1)</translation>
    </message>
    <message>
        <source>Figuur 2. %1 naar grootste niet-EU-leverancier (aantal)</source>
        <translation>Figure 2. %1 by largest non-EU supplier (number)</translation>
    </message>
    <message>
        <source>Figuur 2. %1 naar grootste niet-EU-leverancier (invoerwaarde)</source>
        <translation>Figure 2. %1 by largest non-EU supplier (import value)</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::CountryChartOptions</name>
    <message>
        <source>&amp;Maat</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>Aantal producten</source>
        <translation>Number of products</translation>
    </message>
    <message>
        <source>Invoerwaarde</source>
        <translation>Import value</translation>
    </message>
    <message>
        <source>Balken gestapeld naar bedrijfstak</source>
        <translation>Bars stacked by industry</translation>
    </message>
    <message>
        <source>&amp;Per bedrijfstak</source>
        <translation>By &amp;industry</translation>
    </message>
    <message>
        <source>&amp;Landen</source>
        <translation>&amp;Countries</translation>
    </message>
    <message>
        <source>Aantal landen met een eigen balk; de rest telt als &apos;overige&apos;</source>
        <translation>Number of countries with a bar of their own; the rest counts as &apos;other&apos;</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::CriterionRow</name>
    <message>
        <source>uitgeschakeld</source>
        <translation>switched off</translation>
    </message>
    <message>
        <source>%1 over, %2 vallen af</source>
        <translation>%1 left, %2 dropped</translation>
    </message>
    <message>
        <source>, %1 onbepaald</source>
        <translation>, %1 undetermined</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Drempel %1</source>
        <translation>Threshold %1</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>Criterium verplaatsen of verwijderen</source>
        <translation>Move or remove this criterion</translation>
    </message>
    <message>
        <source>Acties voor criterium %1</source>
        <translation>Actions for criterion %1</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Dit criterium een stap eerder in de trechter toepassen</source>
        <translation>Apply this criterion one step earlier in the funnel</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Dit criterium een stap later in de trechter toepassen</source>
        <translation>Apply this criterion one step later in the funnel</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Dit criterium uit de lijst halen (ongedaan te maken)</source>
        <translation>Remove this criterion from the list (can be undone)</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::DataSetManager</name>
    <message>
        <source>%1 landen</source>
        <translation>%1 countries</translation>
    </message>
    <message>
        <source>Gegevenssets beheren</source>
        <translation>Manage data sets</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Jaren</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Rapporterende landen</source>
        <translation>Reporting countries</translation>
    </message>
    <message>
        <source>Geïmporteerd</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Gegevenssets</source>
        <translation>Data sets</translation>
    </message>
    <message>
        <source>Herkomst van de gegevensset</source>
        <translation>Provenance of the data set</translation>
    </message>
    <message>
        <source>&amp;Gebruiken</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <source>&amp;Hernoemen…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Er is nog geen database (%1): importeer eerst gegevens via Bestand → Importeren.</source>
        <translation>There is no database yet (%1): first import data via File → Import.</translation>
    </message>
    <message>
        <source>Gegevenssets in %1: %2.</source>
        <translation>Data sets in %1: %2.</translation>
    </message>
    <message>
        <source>Wordt nu getoond</source>
        <translation>Currently shown</translation>
    </message>
    <message>
        <source>&lt;p&gt;Bron: %1 · valuta %2%3 · geïmporteerd %4%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Source: %1 · currency %2%3 · imported %4%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · eenheid in de bron: %1</source>
        <translation> · unit in the source: %1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;synthetische demodata&lt;/b&gt;</source>
        <translation> · &lt;b&gt;synthetic demo data&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deze gegevensset bestaat niet (meer).</source>
        <translation>This data set does not exist (any more).</translation>
    </message>
    <message>
        <source>Gegevensset hernoemen</source>
        <translation>Rename data set</translation>
    </message>
    <message>
        <source>Nieuwe naam:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Hernoemen mislukt</source>
        <translation>Renaming failed</translation>
    </message>
    <message>
        <source>Gegevensset verwijderen</source>
        <translation>Delete data set</translation>
    </message>
    <message>
        <source>“%1” en alle %2 bestanden ervan uit de database verwijderen? Dit kan niet ongedaan worden gemaakt; de oorspronkelijke bestanden blijven staan.</source>
        <translation>Delete “%1” and all %2 of its files from the database? This cannot be undone; the original files are kept.</translation>
    </message>
    <message>
        <source>Verwijderen mislukt</source>
        <translation>Deleting failed</translation>
    </message>
    <message>
        <source>Gegevensset gebruiken</source>
        <translation>Use data set</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Bestanden&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Files&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Rijen per rapporterend land en jaar&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Rows by reporter and year&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>“%1” bevat diensteninvoer: die staat in de weergave Diensten en goederen naast de goederen van de getoonde gegevens, niet in de analyse.</source>
        <translation>“%1” holds services imports: they are shown in the view Services and goods beside the goods of the data shown, not in the analysis.</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::ExportHandler</name>
    <message>
        <source>Figuur &amp;1 — trechter</source>
        <translation>Figure &amp;1 — funnel</translation>
    </message>
    <message>
        <source>Figuur &amp;2 — landen</source>
        <translation>Figure &amp;2 — countries</translation>
    </message>
    <message>
        <source>Product&amp;detail — leveranciers</source>
        <translation>Product &amp;detail — suppliers</translation>
    </message>
    <message>
        <source>PNG (300 dpi)…</source>
        <translation>PNG (300 dpi)…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Kopiëren naar klembord</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <source>Bijlage 2 als &amp;XLSX…</source>
        <translation>Annex 2 as &amp;XLSX…</translation>
    </message>
    <message>
        <source>Bijlage 2 als &amp;CSV…</source>
        <translation>Annex 2 as &amp;CSV…</translation>
    </message>
    <message>
        <source>Bijlage 2 als &amp;Word…</source>
        <translation>Annex 2 as &amp;Word…</translation>
    </message>
    <message>
        <source>De producten na de laatste stap, in de vorm van Bijlage 2 van de Kamerbrief</source>
        <translation>The products after the last step, in the shape of Annex 2 of the letter to Parliament</translation>
    </message>
    <message>
        <source>Producttabel als XLSX…</source>
        <translation>Product table as XLSX…</translation>
    </message>
    <message>
        <source>Producttabel als CSV…</source>
        <translation>Product table as CSV…</translation>
    </message>
    <message>
        <source>Producttabel als Word…</source>
        <translation>Product table as Word…</translation>
    </message>
    <message>
        <source>De tabel zoals getoond: filters, volgorde en kolommen</source>
        <translation>The table as shown: filters, order and columns</translation>
    </message>
    <message>
        <source>Bijlage (W&amp;ord)…</source>
        <translation>Annex (W&amp;ord)…</translation>
    </message>
    <message>
        <source>Bijlage (&amp;ODT)…</source>
        <translation>Annex (&amp;ODT)…</translation>
    </message>
    <message>
        <source>Bijlage (&amp;PDF)…</source>
        <translation>Annex (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Exportinstellingen (formaat, eenheid, bronregel)…</source>
        <translation>Export settings (size, unit, source line)…</translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Kies eerst een product in de tabel; de figuur toont zijn leveranciers.</source>
        <translation>First choose a product in the table; the figure shows its suppliers.</translation>
    </message>
    <message>
        <source>%1 staat op het klembord (PNG en SVG)</source>
        <translation>%1 is on the clipboard (PNG and SVG)</translation>
    </message>
    <message>
        <source>Figuur exporteren</source>
        <translation>Export figure</translation>
    </message>
    <message>
        <source>Bijlage 2 exporteren</source>
        <translation>Export Annex 2</translation>
    </message>
    <message>
        <source>Producttabel exporteren</source>
        <translation>Export product table</translation>
    </message>
    <message>
        <source>Bijlage exporteren</source>
        <translation>Export annex</translation>
    </message>
    <message>
        <source>&amp;Gevoeligheid — per drempel</source>
        <translation>&amp;Sensitivity — per threshold</translation>
    </message>
    <message>
        <source>Gevoeligheid — &amp;kaart van twee drempels</source>
        <translation>Sensitivity — &amp;map of two thresholds</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::ExportSettingsDialog</name>
    <message>
        <source>Exportinstellingen</source>
        <translation>Export settings</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Breedte van de figuur; 16 cm is de tekstbreedte van een A4-brief.</source>
        <translation>Width of the figure; 16 cm is the text width of an A4 letter.</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolutie van PNG-afbeeldingen en het klembord; SVG en PDF blijven vectorafbeeldingen.</source>
        <translation>Resolution of PNG images and the clipboard; SVG and PDF remain vector graphics.</translation>
    </message>
    <message>
        <source>&amp;Breedte:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>&amp;Resolutie:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>B&amp;ronregel:</source>
        <translation>Source &amp;line:</translation>
    </message>
    <message>
        <source>&amp;Eenheid van waarden:</source>
        <translation>&amp;Unit of values:</translation>
    </message>
    <message>
        <source>Eén eenheid voor de producttabel, figuur 2 naar invoerwaarde, Bijlage 2 en elke export.</source>
        <translation>One unit for the product table, Figure 2 by import value, Annex 2 and every export.</translation>
    </message>
    <message>
        <source>mln euro (zoals de Kamerbrief)</source>
        <translation>mln euro (as the letter to Parliament)</translation>
    </message>
    <message>
        <source>x 1.000 euro (zoals de CBS-tabellen)</source>
        <translation>x 1,000 euro (as the CBS tables)</translation>
    </message>
    <message>
        <source>&amp;Tekst in SVG:</source>
        <translation>&amp;Text in SVG:</translation>
    </message>
    <message>
        <source>Tekst blijft bewerkbaar en valt terug op een ander lettertype zonder over de balken te lopen; als vormen ziet de figuur er overal precies zo uit, maar is de tekst niet meer te bewerken.</source>
        <translation>Text stays editable and falls back to another font without running over the bars; as shapes the figure looks exactly the same everywhere, but its text can no longer be edited.</translation>
    </message>
    <message>
        <source>Tekst (bewerkbaar)</source>
        <translation>Text (editable)</translation>
    </message>
    <message>
        <source>Vormen (overal gelijk)</source>
        <translation>Shapes (the same everywhere)</translation>
    </message>
    <message>
        <source>De eerste zin van het onderschrift. Leeg: de standaardbron van de gegevens (bij CBS &quot;Bron: CBS, figuur BZ&quot;). Bij synthetische demodata vermeldt het onderschrift dat altijd.</source>
        <translation>The first sentence of the caption. Empty: the data&apos;s default source (for CBS &quot;Source: CBS, figure by Foreign Affairs (BZ)&quot;). For synthetic demo data the caption always says so.</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::FilesPage</name>
    <message>
        <source>Bestanden kiezen</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <source>Kies de bestanden met handelsgegevens, of sleep ze hierheen. Herkomst herkent het formaat; klopt dat niet, kies het dan zelf.</source>
        <translation>Choose the files with trade data, or drag them here. Herkomst recognises the format; if it gets it wrong, choose it yourself.</translation>
    </message>
    <message>
        <source>Gekozen bestanden</source>
        <translation>Chosen files</translation>
    </message>
    <message>
        <source>Bestanden &amp;toevoegen…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>automatisch, uit de naam van het eerste bestand</source>
        <translation>automatic, from the name of the first file</translation>
    </message>
    <message>
        <source>&amp;Formaat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Naam van de gegevensset:</source>
        <translation>&amp;Data set name:</translation>
    </message>
    <message>
        <source>&amp;Bestanden:</source>
        <translation>F&amp;iles:</translation>
    </message>
    <message>
        <source>Handelsgegevens (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Trade data (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Kies een formaat…</source>
        <translation>Choose a format…</translation>
    </message>
    <message>
        <source>%1 (herkend, %2 %)</source>
        <translation>%1 (recognised, %2 %)</translation>
    </message>
    <message>
        <source>Nog geen bestanden gekozen.</source>
        <translation>No files chosen yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Formaat niet herkend.&lt;/b&gt; Kies het formaat hierboven; op de volgende pagina kunt u aangeven wat elke kolom bevat.</source>
        <translation>&lt;b&gt;Format not recognised.&lt;/b&gt; Choose the format above; on the next page you can indicate what each column contains.</translation>
    </message>
    <message>
        <source>Herkend als %1.</source>
        <translation>Recognised as %1.</translation>
    </message>
    <message>
        <source>Gekozen: %1.</source>
        <translation>Chosen: %1.</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::FilterChipBar</name>
    <message>
        <source>Klik om dit filter te verwijderen</source>
        <translation>Click to remove this filter</translation>
    </message>
    <message>
        <source>Filter %1 verwijderen</source>
        <translation>Remove filter %1</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <source>geen — alle producten van de analyse</source>
        <translation>none — all products of the analysis</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::FunnelChart</name>
    <message>
        <source>Figuur 1. Trechter van de invoeranalyse</source>
        <translation>Figure 1. Funnel of the import analysis</translation>
    </message>
    <message>
        <source>Figuur 1. Van %1 ingevoerde producten naar %2 geconcentreerde producten</source>
        <translation>Figure 1. From %1 imported products to %2 concentrated products</translation>
    </message>
    <message>
        <source>Figuur 1. Van %1 ingevoerde producten naar %2 producten die aan alle criteria voldoen</source>
        <translation>Figure 1. From %1 imported products to %2 products meeting all criteria</translation>
    </message>
    <message>
        <source>%1 — %2 over, %3 af</source>
        <translation>%1 — %2 left, %3 dropped</translation>
    </message>
    <message>
        <source>, %1 onbepaald</source>
        <translation>, %1 undetermined</translation>
    </message>
    <message>
        <source>%1: %2 producten</source>
        <translation>%1: %2 products</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Regel: %2&lt;br&gt;In: %3 · over: %4 · af: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Rule: %2&lt;br&gt;In: %3 · left: %4 · dropped: %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;Onbepaald (gegevens ontbreken): %1</source>
        <translation>&lt;br&gt;Undetermined (data missing): %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Klik om de producten te tonen&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Click to list the products&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::ImportRunPage</name>
    <message>
        <source>Opnieuw inlezen en opslaan</source>
        <translation>Read again and store</translation>
    </message>
    <message>
        <source>Inlezen en opslaan</source>
        <translation>Read and store</translation>
    </message>
    <message>
        <source>De bestanden worden gelezen en in één keer opgeslagen. Afbreken kan altijd: dan blijft de database zoals hij was.</source>
        <translation>The files are read and stored in one go. You can always cancel: the database then stays as it was.</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>De import afbreken; er wordt niets opgeslagen</source>
        <translation>Cancel the import; nothing is stored</translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>%1 bestanden</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <source>%1 als %2, naar de database %3.</source>
        <translation>%1 as %2, into the database %3.</translation>
    </message>
    <message>
        <source>Starten…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Afbreken…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Stored.</translation>
    </message>
    <message>
        <source>Gegevensset “%1” opgeslagen.</source>
        <translation>Data set “%1” stored.</translation>
    </message>
    <message>
        <source>Afgebroken.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import afgebroken; er is niets opgeslagen.&lt;/b&gt; De database is zoals hij was.</source>
        <translation>&lt;b&gt;Import cancelled; nothing has been stored.&lt;/b&gt; The database is as it was.</translation>
    </message>
    <message>
        <source>Gelezen.</source>
        <translation>Read.</translation>
    </message>
    <message>
        <source>Niet alle landen herkend (%1); nog niets opgeslagen. Koppel ze op de volgende pagina.</source>
        <translation>Not all countries recognised (%1); nothing stored yet. Match them on the next page.</translation>
    </message>
    <message>
        <source>Mislukt.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;Niet geïmporteerd:&lt;/b&gt; %1&lt;/span&gt;&lt;br&gt;Er is niets opgeslagen. %2</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;Not imported:&lt;/b&gt; %1&lt;/span&gt;&lt;br&gt;Nothing was stored. %2</translation>
    </message>
    <message>
        <source>Koppel de landnamen op de volgende pagina, of laat die regels overslaan.</source>
        <translation>Match the country names on the next page, or have those rows skipped.</translation>
    </message>
    <message>
        <source>Het bestand zit al in gegevensset “%1”. Gebruik die via Bestand → Gegevenssets beheren, of verwijder hem daar en importeer opnieuw.</source>
        <translation>The file is already in data set “%1”. Use it through File → Manage data sets, or remove it there and import again.</translation>
    </message>
    <message>
        <source>Ga terug naar de eerste pagina en kies een andere naam voor de gegevensset.</source>
        <translation>Go back to the first page and choose another name for the data set.</translation>
    </message>
    <message>
        <source>Ga terug naar de pagina Kolommen controleren en kies het jaar.</source>
        <translation>Go back to the page Check columns and choose the year.</translation>
    </message>
    <message>
        <source>Ga terug naar de eerste pagina en voeg met Bestanden toevoegen… het bestand met landcodes (country_codes_V….csv) van dezelfde BACI-versie toe.</source>
        <translation>Go back to the first page and add the country-code file (country_codes_V….csv) of the same BACI release with Add files….</translation>
    </message>
    <message>
        <source>Ga terug naar de pagina Kolommen controleren en kies een rapporterend land dat in de bestanden staat.</source>
        <translation>Go back to the page Check columns and choose a reporter that is in the files.</translation>
    </message>
    <message>
        <source>Ga terug om het formaat of de kolommen aan te passen.</source>
        <translation>Go back to change the format or the columns.</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::ImportWizard</name>
    <message>
        <source>Gegevens importeren</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>&lt; &amp;Vorige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Voltooien</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>De database bevat nog geen goederengegevens om de diensten mee te vergelijken; importeer die, dan toont Diensten en goederen beide.</source>
        <translation>The database holds no goods data yet to compare the services with; import them, and Services and goods shows both.</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::LoadingOverlay</name>
    <message>
        <source>Gegevens laden…</source>
        <translation>Loading data…</translation>
    </message>
    <message>
        <source>Gegevens laden: %1…</source>
        <translation>Loading data: %1…</translation>
    </message>
    <message>
        <source>Voortgang van het laden</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopt het laden en toont weer de vorige gegevens (Esc)</source>
        <translation>Stops loading and shows the previous data again (Esc)</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::MainWindow</name>
    <message>
        <source>Producten na &amp;stap</source>
        <translation>Products after &amp;step</translation>
    </message>
    <message>
        <source>Producten van &amp;leverancier</source>
        <translation>Products of &amp;supplier</translation>
    </message>
    <message>
        <source>Trechter: %1</source>
        <translation>Funnel: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthetische demodata&lt;/b&gt; — gegenereerd in de vorm van de CBS-tabellen achter de Kamerbrief van 22 november 2021; &lt;b&gt;geen echte handelscijfers&lt;/b&gt;. Echte gegevens komen via Bestand → Importeren of Bestand → Database openen.</source>
        <translation>&lt;b&gt;Synthetic demo data&lt;/b&gt; — generated in the shape of the CBS tables behind the parliamentary letter of 22 November 2021; &lt;b&gt;not real trade figures&lt;/b&gt;. Real data comes in through File → Import or File → Open database.</translation>
    </message>
    <message>
        <source>synthetisch</source>
        <translation>synthetic</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>Ingebouwde demodata</source>
        <translation>Built-in demo data</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>O&amp;pnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Ongedaan maken: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Opnieuw: %1 (Ctrl+Shift+Z)</source>
        <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Opnieuw (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>overige landen</source>
        <translation>other countries</translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>De vertaling voor %1 ontbreekt; het scherm blijft Nederlands.</source>
        <translation>The translation for %1 is missing; the screen stays in Dutch.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Recente analyses</source>
        <translation>&amp;Recent analyses</translation>
    </message>
    <message>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>B&amp;ewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Een opgeslagen analyse openen (Ctrl+O)</source>
        <translation>Open a saved analysis (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>De analyse opslaan: gegevens, criteria, drempels en filters (Ctrl+S)</source>
        <translation>Save the analysis: data, criteria, thresholds and filters (Ctrl+S)</translation>
    </message>
    <message>
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Database openen…</source>
        <translation>Open &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Demodata tonen</source>
        <translation>Show &amp;demo data</translation>
    </message>
    <message>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Kopiëren als tabel</source>
        <translation>&amp;Copy as table</translation>
    </message>
    <message>
        <source>&amp;Zoeken in producten</source>
        <translation>&amp;Find in products</translation>
    </message>
    <message>
        <source>&amp;Filters wissen</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>&amp;Standaard (CBS 2021)</source>
        <translation>&amp;Default (CBS 2021)</translation>
    </message>
    <message>
        <source>Criteria en drempels terug naar de Kamerbrief (CBS 2021)</source>
        <translation>Criteria and thresholds back to the parliamentary letter (CBS 2021)</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Over Herkomst</source>
        <translation>&amp;About Herkomst</translation>
    </message>
    <message>
        <source>Drempels</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Handelsgegevens importeren: het formaat wordt herkend, de kolommen kunt u controleren (Ctrl+I, of sleep bestanden op het venster)</source>
        <translation>Import trade data: the format is recognised and you can check the columns (Ctrl+I, or drop files on the window)</translation>
    </message>
    <message>
        <source>&amp;Gegevenssets beheren…</source>
        <translation>&amp;Manage data sets…</translation>
    </message>
    <message>
        <source>Herkomst van de gegevenssets bekijken; hernoemen, verwijderen of gebruiken</source>
        <translation>View the provenance of the data sets; rename, delete or use them</translation>
    </message>
    <message>
        <source>&amp;Nieuwe analyse</source>
        <translation>&amp;New analysis</translation>
    </message>
    <message>
        <source>Een nieuwe, niet-opgeslagen analyse met de criteria van CBS 2021 op dezelfde gegevens (Ctrl+N)</source>
        <translation>A new, unsaved analysis with the CBS 2021 criteria on the same data (Ctrl+N)</translation>
    </message>
    <message>
        <source>Kopieert de gekozen rijen als tabel voor Word en als tekst met tabs voor Excel (Ctrl+C in de tabel)</source>
        <translation>Copies the chosen rows as a table for Word and as tab-separated text for Excel (Ctrl+C in the table)</translation>
    </message>
    <message>
        <source>Alleen de &amp;tabel</source>
        <translation>&amp;Table only</translation>
    </message>
    <message>
        <source>Verbergt figuur 1 en 2, zodat de producttabel de hoogte van het venster krijgt (Ctrl+T)</source>
        <translation>Hides Figures 1 and 2, so the product table gets the window&apos;s height (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Methode en sneltoetsen</source>
        <translation>&amp;Method and shortcuts</translation>
    </message>
    <message>
        <source>Hoe Herkomst rekent: de criteria, definities, EU-samenstelling, ontbrekende en geheime waarden, bronnen en eenheden, en de sneltoetsen (F1)</source>
        <translation>How Herkomst computes: the criteria, definitions, EU composition, missing and confidential values, sources and units, and the keyboard shortcuts (F1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Let op:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Note:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Figuur 1 en 2</source>
        <translation>Figures 1 and 2</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::MappingPage</name>
    <message>
        <source>Kolommen controleren</source>
        <translation>Check columns</translation>
    </message>
    <message>
        <source>Zo leest Herkomst de eerste regels. Klopt de kopregel of een kolom niet, kies dan hieronder wat er staat; de gegevens zelf veranderen niet.</source>
        <translation>This is how Herkomst reads the first rows. If the header row or a column is wrong, choose below what it contains; the data itself does not change.</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>B&amp;lad:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>geen kopregel</source>
        <translation>no header row</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>x 1 000 euro</source>
        <translation>x 1,000 euro</translation>
    </message>
    <message>
        <source>mln euro</source>
        <translation>million euro</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>x 1 000 USD</source>
        <translation>x 1,000 USD</translation>
    </message>
    <message>
        <source>niet vermeld (euro)</source>
        <translation>not stated (euro)</translation>
    </message>
    <message>
        <source>uit de gegevens</source>
        <translation>from the data</translation>
    </message>
    <message>
        <source>standaard van het formaat (Nederland)</source>
        <translation>format default (the Netherlands)</translation>
    </message>
    <message>
        <source>alle rapporterende landen</source>
        <translation>all reporting countries</translation>
    </message>
    <message>
        <source>&amp;Automatisch herkennen</source>
        <translation>Auto-&amp;detect</translation>
    </message>
    <message>
        <source>Uw aanpassingen voor dit bestand vergeten en de herkende indeling gebruiken</source>
        <translation>Forget your changes for this file and use the recognised layout</translation>
    </message>
    <message>
        <source>Indeling</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>&amp;Kopregel:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>&amp;Eenheid van de waarden:</source>
        <translation>&amp;Unit of the values:</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Rapporterend land:</source>
        <translation>&amp;Reporting country:</translation>
    </message>
    <message>
        <source>Wat staat er in elke kolom?</source>
        <translation>What is in each column?</translation>
    </message>
    <message>
        <source>Voorbeeld van de eerste regels</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>Kolom %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Kolom %1 “%2”</source>
        <translation>Column %1 “%2”</translation>
    </message>
    <message>
        <source>negeren</source>
        <translation>ignore</translation>
    </message>
    <message>
        <source>(genegeerd)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <source>Kopregel</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Herkend als %1</source>
        <translation>Recognised as %1</translation>
    </message>
    <message>
        <source>Totaalregel: wordt overgeslagen</source>
        <translation>Total row: will be skipped</translation>
    </message>
    <message>
        <source>Land niet herkend; na het inlezen kunt u het koppelen</source>
        <translation>Country not recognised; you can match it after reading</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;Kan het bestand niet lezen:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;Cannot read the file:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Geen kopregel herkend.&lt;/b&gt; Heeft het gekozen formaat vaste kolommen, ga dan verder; anders: kies de kopregel en wat elke kolom bevat.</source>
        <translation>&lt;b&gt;No header row recognised.&lt;/b&gt; If the chosen format has fixed columns, continue; otherwise choose the header row and what each column contains.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;Nog geen bruikbare tabel.&lt;/b&gt;&lt;/span&gt; Nodig is een kolom &lt;i&gt;goederencode&lt;/i&gt; met &lt;i&gt;land&lt;/i&gt; en &lt;i&gt;invoerwaarde&lt;/i&gt;, of met &lt;i&gt;uitvoerwaarde&lt;/i&gt;, &lt;i&gt;bedrijfstak&lt;/i&gt; of &lt;i&gt;Herfindahl-index wereldmarkt&lt;/i&gt;.</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;No usable table yet.&lt;/b&gt;&lt;/span&gt; A &lt;i&gt;commodity code&lt;/i&gt; column is needed, with &lt;i&gt;country&lt;/i&gt; and &lt;i&gt;import value&lt;/i&gt;, or with &lt;i&gt;export value&lt;/i&gt;, &lt;i&gt;industry&lt;/i&gt; or &lt;i&gt;world market Herfindahl index&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Kop op regel %1; gelezen als &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Header on row %1; read as &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Eenheid: %1 (%2).</source>
        <translation>Unit: %1 (%2).</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;Eenheid “%1” niet herkend; gebruik bijvoorbeeld “x 1 000 euro”.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;Unit “%1” not recognised; use, for example, “x 1,000 euro”.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Jaar: %1 (uit de titel of de naam).</source>
        <translation>Year: %1 (from the title or the name).</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;Geen jaar gevonden: kies het jaar.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;No year found: choose the year.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Uw indeling vervangt de herkenning, voor alle bladen van deze werkmap.</source>
        <translation>Your layout replaces the recognition, for all sheets in this workbook.</translation>
    </message>
    <message>
        <source>Uw indeling vervangt de herkenning.</source>
        <translation>Your layout replaces the recognition.</translation>
    </message>
    <message>
        <source>1 landnaam in het voorbeeld niet herkend (rood); na het inlezen kunt u hem koppelen.</source>
        <translation>1 country name in the preview not recognised (red); you can match it after reading.</translation>
    </message>
    <message>
        <source>%1 landnamen in het voorbeeld niet herkend (rood); na het inlezen kunt u ze koppelen.</source>
        <translation>%1 country names in the preview not recognised (red); you can match them after reading.</translation>
    </message>
    <message>
        <source>Kolommen van dit formaat</source>
        <translation>Columns of this format</translation>
    </message>
    <message>
        <source>Zo leest Herkomst de eerste regels. Dit formaat heeft vaste kolommen; kies alleen het jaar of het rapporterende land als u niet alles wilt inlezen.</source>
        <translation>This is how Herkomst reads the first rows. This format has fixed columns; choose the year or the reporter only if you do not want to read everything.</translation>
    </message>
    <message>
        <source>Eenheid: %1.</source>
        <translation>Unit: %1.</translation>
    </message>
    <message>
        <source>Daarnaast leest het formaat %1.</source>
        <translation>The format also reads %1.</translation>
    </message>
    <message>
        <source>(niet gelezen)</source>
        <translation>(not read)</translation>
    </message>
    <message>
        <source>Kop op regel %1: de kolommen van &lt;b&gt;%2&lt;/b&gt;, zoals hierboven.</source>
        <translation>Header on row %1: the columns of &lt;b&gt;%2&lt;/b&gt;, as above.</translation>
    </message>
    <message>
        <source>Geen gegevensbestand van %1 (kolommen %2 niet gevonden); %1 leest het mee als hulpbestand wanneer het %3 is.</source>
        <translation>Not a data file of %1 (columns %2 not found); %1 reads it along as a side file when it is %3.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;De kolommen van %1 ontbreken:&lt;/b&gt; %2.&lt;/span&gt; Kies op de vorige pagina een ander formaat.</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;&lt;b&gt;The columns of %1 are missing:&lt;/b&gt; %2.&lt;/span&gt; Choose another format on the previous page.</translation>
    </message>
    <message>
        <source>Alleen het jaar %1 wordt ingelezen.</source>
        <translation>Only the year %1 is read.</translation>
    </message>
    <message>
        <source>Geen land (vertrouwelijk of niet gespecificeerd): telt mee in de invoer onder eigen naam, nooit als grootste leverancier</source>
        <translation>No country (confidential or not specified): counts in imports under its own name, never as the largest supplier</translation>
    </message>
    <message>
        <source>niet vermeld (mln euro)</source>
        <translation>not stated (mln euro)</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::MethodHelp</name>
    <message>
        <source>Methode en sneltoetsen — Herkomst</source>
        <translation>Method and shortcuts — Herkomst</translation>
    </message>
    <message>
        <source>Hoe Herkomst rekent</source>
        <translation>How Herkomst computes</translation>
    </message>
    <message>
        <source>De methode</source>
        <translation>The method</translation>
    </message>
    <message>
        <source>Herkomst herhaalt, en laat u variëren, de analyse die het CBS in 2021 voor het ministerie van Buitenlandse Zaken maakte (Kamerbrief van 22 november 2021, Bijlage 1). Voor een rapporterend land (standaard Nederland), een jaar en elk product op HS 6-cijferniveau kijkt Herkomst naar de invoer per partnerland, de uitvoer en de wereldexport per exporterend land.</source>
        <translation>Herkomst repeats, and lets you vary, the analysis Statistics Netherlands (CBS) made in 2021 for the Ministry of Foreign Affairs (letter to Parliament of 22 November 2021, Annex 1). For a reporter (the Netherlands by default), a year and every product at HS 6-digit level, Herkomst looks at the imports by partner country, the exports, and the world exports by exporting country.</translation>
    </message>
    <message>
        <source>De analyse is een &lt;b&gt;trechter&lt;/b&gt;: criteria die na elkaar worden toegepast. Elk criterium vergelijkt één maatstaf van het product met een drempel; wat slaagt gaat door naar de volgende stap. In de Kamerbrief (CBS 2021):</source>
        <translation>The analysis is a &lt;b&gt;funnel&lt;/b&gt;: criteria applied one after the other. Each criterion compares one measure of the product with a threshold; what passes goes on to the next step. In the letter to Parliament (CBS 2021):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Universum&lt;/b&gt;: elk HS6-product dat het land invoert (in de gekozen bedrijfstakken): 3.449 producten in 2020.</source>
        <translation>&lt;b&gt;Universe&lt;/b&gt;: every HS6 product the country imports (in the chosen industries): 3,449 products in 2020.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eén niet-EU-leverancier&lt;/b&gt;: het grootste aandeel van één land buiten de EU in de invoer is meer dan 50 %: 419 producten.</source>
        <translation>&lt;b&gt;One non-EU supplier&lt;/b&gt;: the largest share of one country outside the EU in the imports is more than 50 %: 419 products.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Netto-invoer&lt;/b&gt;: de invoer is groter dan de uitvoer (invoer/uitvoer &amp;gt; 1): 236 producten.</source>
        <translation>&lt;b&gt;Net imports&lt;/b&gt;: the imports are larger than the exports (imports/exports &amp;gt; 1): 236 products.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Geconcentreerde wereldmarkt&lt;/b&gt;: de Herfindahl-index (HHI) van de wereldexport is meer dan 0,25: 135 producten.</source>
        <translation>&lt;b&gt;Concentrated world market&lt;/b&gt;: the Herfindahl index (HHI) of world exports is more than 0.25: 135 products.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vergelijkingen zijn strikt&lt;/b&gt;, zoals gepubliceerd: „meer dan de helft” betekent dat een aandeel van precies 50 % niet slaagt. U kunt drempels verschuiven, criteria aan- en uitzetten, toevoegen, verwijderen en van volgorde veranderen; figuren, tabel en bijschriften volgen direct, en elke wijziging is ongedaan te maken.</source>
        <translation>&lt;b&gt;Comparisons are strict&lt;/b&gt;, as published: “more than half” means that a share of exactly 50 % does not pass. You can move thresholds, switch criteria on and off, add, remove and reorder them; figures, table and captions follow at once, and every change can be undone.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meerdere jaren&lt;/b&gt; („in ten minste k van n jaar”, zoals CEPII GeoDep): stap i houdt een product wanneer de criteria 1 tot en met i &lt;i&gt;samen&lt;/i&gt; in hetzelfde jaar gelden, in ten minste k van de n jaren. Een jaar dat de gegevens dekken maar waarin het product ontbreekt, geldt niet; alleen een jaar dat de gegevens niet dekken is onbekend.</source>
        <translation>&lt;b&gt;Several years&lt;/b&gt; (“in at least k of n years”, as CEPII GeoDep): step i keeps a product when criteria 1 to i hold &lt;i&gt;together&lt;/i&gt; in the same year, in at least k of the n years. A year the data cover in which the product is absent does not hold; only a year the data do not cover is unknown.</translation>
    </message>
    <message>
        <source>Definities</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoer&lt;/b&gt; M[p][c]: wat het land van product p invoert uit partner c; M[p] is de som over alle partners, EU-landen inbegrepen. Het land is nooit zijn eigen partner. &lt;b&gt;Uitvoer&lt;/b&gt; X[p]: wat het land van p uitvoert, naar alle bestemmingen. &lt;b&gt;Wereldexport&lt;/b&gt; W[p][e]: wat exporteur e van p aan de wereld verkoopt.</source>
        <translation>&lt;b&gt;Imports&lt;/b&gt; M[p][c]: what the country imports of product p from partner c; M[p] is the sum over all partners, EU countries included. The country is never its own partner. &lt;b&gt;Exports&lt;/b&gt; X[p]: what the country exports of p, to all destinations. &lt;b&gt;World exports&lt;/b&gt; W[p][e]: what exporter e sells of p to the world.</translation>
    </message>
    <message>
        <source>De &lt;b&gt;Herfindahl-index&lt;/b&gt; (HHI) is de som van de gekwadrateerde marktaandelen: 1 als één land alles levert, dicht bij 0 als velen een klein deel leveren. Boven 0,25 heet een markt in de Kamerbrief geconcentreerd.</source>
        <translation>The &lt;b&gt;Herfindahl index&lt;/b&gt; (HHI) is the sum of the squared market shares: 1 when one country supplies everything, close to 0 when many supply a small part each. Above 0.25 the letter to Parliament calls a market concentrated.</translation>
    </message>
    <message>
        <source>De maatstaven waarop een criterium kan toetsen:</source>
        <translation>The measures a criterion can test:</translation>
    </message>
    <message>
        <source>Criteriasets</source>
        <translation>Criteria sets</translation>
    </message>
    <message>
        <source>Drie sets liggen klaar; wie een drempel of criterium wijzigt, krijgt een „eigen instelling”, en de bijschriften zeggen dat.</source>
        <translation>Three sets are ready; changing a threshold or criterion gives a “custom setting”, and the captions say so.</translation>
    </message>
    <message>
        <source>De EU-samenstelling</source>
        <translation>The EU composition</translation>
    </message>
    <message>
        <source>„Niet-EU-leverancier” hangt af van welke landen als EU gelden. Standaard is dat &lt;b&gt;%1&lt;/b&gt;, zoals Eurostat vergelijkt: dezelfde 27 lidstaten in elk jaar, het Verenigd Koninkrijk erbuiten: %2.</source>
        <translation>“Non-EU supplier” depends on which countries count as the EU. By default that is &lt;b&gt;%1&lt;/b&gt;, as Eurostat compares: the same 27 member states in every year, the United Kingdom outside: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; telt het Verenigd Koninkrijk mee als EU-land; &lt;b&gt;%2&lt;/b&gt; neemt de lidstaten van het analysejaar. Een andere keuze dan de standaard staat in elk bijschrift.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; counts the United Kingdom as an EU country; &lt;b&gt;%2&lt;/b&gt; takes the member states of the year analysed. A choice other than the default is stated in every caption.</translation>
    </message>
    <message>
        <source>Ontbrekende en geheime waarden</source>
        <translation>Missing and confidential values</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ontbrekend is nooit nul.&lt;/b&gt; Een geheime waarde (CBS „x”, afgeschermde cellen) of een onbekende waarde telt als ontbrekend. Kan een criterium voor een product daardoor niet worden beslist, dan heet het product &lt;b&gt;onbepaald&lt;/b&gt;: het wordt apart geteld en nooit stilzwijgend gehouden of verwijderd.</source>
        <translation>&lt;b&gt;Missing is never zero.&lt;/b&gt; A confidential value (CBS “x”, suppressed cells) or an unknown value counts as missing. When a criterion cannot be decided for a product because of it, the product is &lt;b&gt;undetermined&lt;/b&gt;: it is counted apart and never silently kept or dropped.</translation>
    </message>
    <message>
        <source>Dekt een bron een stroom helemaal niet (geen uitvoer van het land, geen wereldgegevens), dan is dat criterium voor elk product onbepaald, met een waarschuwing.</source>
        <translation>When a source does not cover a flow at all (no exports of the country, no world data), that criterion is undetermined for every product, with a warning.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waarde bekend, partner onbekend&lt;/b&gt; (Comext QU–QZ, „nes”-gebieden, restgroepen zoals „Overige Azië”): de waarde telt mee in de invoer, het blok staat onder eigen naam, kan nooit de grootste leverancier zijn en telt als één blok in een invoer-HHI.</source>
        <translation>&lt;b&gt;Value known, partner unknown&lt;/b&gt; (Comext QU–QZ, “nes” areas, residual groups such as “Other Asia”): the value counts in the imports, the block is shown under its own name, can never be the largest supplier and counts as one block in an import HHI.</translation>
    </message>
    <message>
        <source>Plaatsen zonder ISO-code (Taiwan als „Other Asia, nes”, Kosovo, Ceuta, Melilla) zijn partners als elk land; geen regel met een waarde valt weg om zijn partnercode.</source>
        <translation>Places without an ISO code (Taiwan as “Other Asia, nes”, Kosovo, Ceuta, Melilla) are partners like any country; no row with a value is dropped for its partner code.</translation>
    </message>
    <message>
        <source>Bronnen en eenheden</source>
        <translation>Sources and units</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demodata&lt;/b&gt;: synthetisch, door Herkomst gegenereerd in de vorm van de CBS-tabellen en afgestemd op de gepubliceerde trechter; &lt;b&gt;geen echte handelscijfers&lt;/b&gt;. Elk bijschrift zegt dat.</source>
        <translation>&lt;b&gt;Demo data&lt;/b&gt;: synthetic, generated by Herkomst in the shape of the CBS tables and calibrated to the published funnel; &lt;b&gt;not real trade figures&lt;/b&gt;. Every caption says so.</translation>
    </message>
    <message>
        <source>&lt;b&gt;CBS&lt;/b&gt;-tabellen (XLSX of CSV, zoals het CBS ze levert): euro; een eenheid in de tabel („x 1 000 euro”) wordt herkend. Licentie CC BY 4.0.</source>
        <translation>&lt;b&gt;CBS&lt;/b&gt; tables (XLSX or CSV, as CBS delivers them): euro; a unit in the table (“x 1 000 euro”) is recognised. Licence CC BY 4.0.</translation>
    </message>
    <message>
        <source>&lt;b&gt;CEPII BACI&lt;/b&gt;: wereldhandel per jaar in duizenden USD, opgeslagen in USD; met de land- en productcodes van dezelfde versie. Licentie Etalab 2.0.</source>
        <translation>&lt;b&gt;CEPII BACI&lt;/b&gt;: world trade by year in thousands of USD, stored in USD; with the country and product codes of the same release. Licence Etalab 2.0.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eurostat Comext&lt;/b&gt;: euro (VALUE_IN_EUROS), GN8 opgeteld tot HS6, maanden tot jaren; zonder wereldmarkt, dus het wereldmarktcriterium blijft daar onbepaald.</source>
        <translation>&lt;b&gt;Eurostat Comext&lt;/b&gt;: euro (VALUE_IN_EUROS), CN8 summed to HS6, months to years; without a world market, so the world-market criterion stays undetermined there.</translation>
    </message>
    <message>
        <source>&lt;b&gt;UN Comtrade&lt;/b&gt;: USD (primaryValue).</source>
        <translation>&lt;b&gt;UN Comtrade&lt;/b&gt;: USD (primaryValue).</translation>
    </message>
    <message>
        <source>Waarden in tabellen, figuren en exports staan in één eenheid, te kiezen in de exportinstellingen: mln euro of x 1.000 euro (bij USD-bronnen dollars). Bedragen in verschillende valuta worden nooit bij elkaar opgeteld.</source>
        <translation>Values in tables, figures and exports are in one unit, chosen in the export settings: mln euro or x 1,000 euro (dollars for USD sources). Amounts in different currencies are never added together.</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Pijltjes, PageUp/PageDown</source>
        <translation>Arrow keys, PageUp/PageDown</translation>
    </message>
    <message>
        <source>Een drempel verschuiven (met de schuif of het getalvak in focus)</source>
        <translation>Move a threshold (with the slider or the number box focused)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Door het drempelpaneel: aan/uit, schuif, getal, acties (…) per criterium</source>
        <translation>Through the threshold panel: on/off, slider, number, actions (…) for each criterion</translation>
    </message>
    <message>
        <source>Spatie op …, of rechtsklik</source>
        <translation>Space on …, or right-click</translation>
    </message>
    <message>
        <source>Criterium omhoog, omlaag of verwijderen</source>
        <translation>Move a criterion up or down, or remove it</translation>
    </message>
    <message>
        <source>Delete op een filter</source>
        <translation>Delete on a filter</translation>
    </message>
    <message>
        <source>Dat filter verwijderen</source>
        <translation>Remove that filter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Het laden van gegevens afbreken</source>
        <translation>Cancel loading data</translation>
    </message>
    <message>
        <source>Elke stap houdt een product alleen als de criteria tot en met die stap samen gelden, in hetzelfde jaar, in ten minste %1 van de laatste %2 jaar.</source>
        <translation>Each step keeps a product only when the criteria up to and including that step hold together, in the same year, in at least %1 of the last %2 years.</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::PersistenceEditor</name>
    <message>
        <source>Over meerdere jaren</source>
        <translation>Over several years</translation>
    </message>
    <message>
        <source>&amp;Moet aanhouden</source>
        <translation>&amp;Must persist</translation>
    </message>
    <message>
        <source>Een stap houdt een product alleen als de criteria tot en met die stap in hetzelfde jaar samen gelden, in ten minste het gekozen aantal van de laatste jaren (zoals CEPII GeoDep: 2 van 3). Een jaar zonder invoer telt niet mee; een jaar buiten de gegevens is onbekend.</source>
        <translation>A step keeps a product only when the criteria up to and including that step hold together in the same year, in at least the chosen number of the last years (as CEPII GeoDep: 2 of 3). A year without imports does not count; a year outside the data is unknown.</translation>
    </message>
    <message>
        <source>Ten &amp;minste</source>
        <translation>At &amp;least</translation>
    </message>
    <message>
        <source>&amp;van de laatste</source>
        <translation>&amp;of the last</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Ten minste zoveel jaren</source>
        <translation>At least this many years</translation>
    </message>
    <message>
        <source>Van de laatste zoveel jaren</source>
        <translation>Of the last this many years</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::ProductDetailChart</name>
    <message>
        <source>Overige (%1)</source>
        <translation>Other (%1)</translation>
    </message>
    <message>
        <source>Geen gegevens</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>geheim</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>Herkomst invoer %1</source>
        <translation>Origin of imports %1</translation>
    </message>
    <message>
        <source>Wereldexporteurs</source>
        <translation>World exporters</translation>
    </message>
    <message>
        <source>Wereld-HHI onbekend (geen wereldgegevens)</source>
        <translation>World HHI unknown (no world data)</translation>
    </message>
    <message>
        <source>Wereld-HHI %1</source>
        <translation>World HHI %1</translation>
    </message>
    <message>
        <source>Productdetail</source>
        <translation>Product detail</translation>
    </message>
    <message>
        <source>%1 %2: leveranciers en wereldexporteurs</source>
        <translation>%1 %2: suppliers and world exporters</translation>
    </message>
    <message>
        <source>Kies een product in de tabel.</source>
        <translation>Choose a product in the table.</translation>
    </message>
    <message>
        <source>Grootste niet-EU-leverancier %1 · EU lichtblauw</source>
        <translation>Largest non-EU supplier %1 · EU light blue</translation>
    </message>
    <message>
        <source> · land onbekend (grijs) %1 van de invoer</source>
        <translation> · country unknown (grey) %1 of imports</translation>
    </message>
    <message>
        <source>Marges bij deze drempels</source>
        <translation>Margins at these thresholds</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::ProductTableModel</name>
    <message>
        <source>Valt af bij: %1</source>
        <translation>Dropped at: %1</translation>
    </message>
    <message>
        <source>Voldoet aan alle criteria</source>
        <translation>Meets all criteria</translation>
    </message>
    <message>
        <source>Uitvoer geheim of onbekend</source>
        <translation>Exports confidential or unknown</translation>
    </message>
    <message>
        <source>De laatste stap van de trechter die het product haalt</source>
        <translation>The last funnel step the product passes</translation>
    </message>
    <message>
        <source>HS6</source>
        <translation>HS6</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Bedrijfstak</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Invoer/
uitvoer</source>
        <translation>Imports/
exports</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source> (onbepaald)</source>
        <translation> (undetermined)</translation>
    </message>
    <message>
        <source>Geen stap gehaald</source>
        <translation>No step passed</translation>
    </message>
    <message>
        <source>Laatste stap gehaald: %1</source>
        <translation>Last step passed: %1</translation>
    </message>
    <message>
        <source>Onbepaald bij: %1</source>
        <translation>Undetermined at: %1</translation>
    </message>
    <message>
        <source>Grootste niet-EU-leverancier</source>
        <translation>Largest non-EU supplier</translation>
    </message>
    <message>
        <source>Onbekend: de gegevens geven deze waarde niet</source>
        <translation>Unknown: the data do not give this value</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Invoer
(%1)</source>
        <translation>Imports
(%1)</translation>
    </message>
    <message>
        <source>Uitvoer
(%1)</source>
        <translation>Exports
(%1)</translation>
    </message>
    <message>
        <source>Aandeel
leverancier</source>
        <translation>Supplier
share</translation>
    </message>
    <message>
        <source>Wereld-HHI</source>
        <translation>World HHI</translation>
    </message>
    <message>
        <source>Invoer-HHI</source>
        <translation>Import HHI</translation>
    </message>
    <message>
        <source>Invoer-HHI
buiten EU</source>
        <translation>Extra-EU
import HHI</translation>
    </message>
    <message>
        <source>Aandeel
buiten EU</source>
        <translation>Extra-EU
share</translation>
    </message>
    <message>
        <source>Invoer buiten
EU/uitvoer</source>
        <translation>Extra-EU
imports/exports</translation>
    </message>
    <message>
        <source>Aandeel
exporteur</source>
        <translation>Top exporter
share</translation>
    </message>
    <message>
        <source>Grootste niet-EU-leverancier: het land buiten de EU met het grootste aandeel in de invoer</source>
        <translation>Largest non-EU supplier: the country outside the EU with the largest share in the imports</translation>
    </message>
    <message>
        <source>Invoerwaarde van alle partners, in %1</source>
        <translation>Import value from all partners, in %1</translation>
    </message>
    <message>
        <source>Uitvoerwaarde naar alle bestemmingen, in %1</source>
        <translation>Export value to all destinations, in %1</translation>
    </message>
    <message>
        <source>Marge</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Hoe ver het product van de dichtstbijzijnde drempel ligt, als deel van die drempel: +6 % valt af als die drempel 6 % tegen het product in schuift; negatief: zo ver ligt het voor de stap waar het stopte. Leeg: onbepaald.</source>
        <translation>How far the product lies from the nearest threshold, as a fraction of that threshold: +6 % drops out when that threshold moves 6 % against the product; negative: how far it lies short of the step where it stopped. Empty: undetermined.</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::ProductTablePanel</name>
    <message>
        <source>Alle ingevoerde producten</source>
        <translation>All imported products</translation>
    </message>
    <message>
        <source>Na stap %1: %2</source>
        <translation>After step %1: %2</translation>
    </message>
    <message>
        <source>Leverancier: %1</source>
        <translation>Supplier: %1</translation>
    </message>
    <message>
        <source>Bedrijfstak: %1</source>
        <translation>Industry: %1</translation>
    </message>
    <message>
        <source>Filter van de analyse (paneel Drempels); verwijderen is ongedaan te maken</source>
        <translation>Filter of the analysis (Thresholds panel); removing it can be undone</translation>
    </message>
    <message>
        <source>Zoeken: &quot;%1&quot;</source>
        <translation>Search: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 van %2 producten</source>
        <translation>%1 of %2 products</translation>
    </message>
    <message>
        <source>Producten</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Zoek op HS6, omschrijving of land (Ctrl+F)</source>
        <translation>Search by HS6, description or country (Ctrl+F)</translation>
    </message>
    <message>
        <source>Producten zoeken</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Producttabel</source>
        <translation>Product table</translation>
    </message>
    <message>
        <source>alle producten van de analyse</source>
        <translation>all products of the analysis</translation>
    </message>
    <message>
        <source>Bedrijfstakken: %1</source>
        <translation>Industries: %1</translation>
    </message>
    <message>
        <source>Bedrijfstakken: %1 van %2</source>
        <translation>Industries: %1 of %2</translation>
    </message>
    <message>
        <source>Producten: %1</source>
        <translation>Products: %1</translation>
    </message>
    <message>
        <source>&amp;Kopiëren (tabel voor Word, tekst voor Excel)</source>
        <translation>&amp;Copy (table for Word, text for Excel)</translation>
    </message>
    <message>
        <source>Alleen producten van &amp;leverancier %1</source>
        <translation>Only products of &amp;supplier %1</translation>
    </message>
    <message>
        <source>&amp;Details van %1 tonen</source>
        <translation>Show &amp;details of %1</translation>
    </message>
    <message>
        <source>&amp;Filters wissen</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Randgevallen (±%1)</source>
        <translation>Borderline cases (±%1)</translation>
    </message>
    <message>
        <source>Producten die van uitkomst wisselen als een drempel binnen ±%1 van zichzelf verschuift</source>
        <translation>Products that change outcome when a threshold moves within ±%1 of itself</translation>
    </message>
    <message>
        <source>Randgevallen</source>
        <translation>Borderline cases</translation>
    </message>
    <message>
        <source>Alleen producten die van uitkomst wisselen als een drempel binnen de band verschuift; de band staat in het menu van de knop</source>
        <translation>Only products that change outcome when a threshold moves within the band; the band is in the button&apos;s menu</translation>
    </message>
    <message>
        <source>&amp;Band: ± van elke drempel</source>
        <translation>&amp;Band: ± of each threshold</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::SensitivityCurvesChart</name>
    <message>
        <source>Geen criterium staat aan: er is niets te variëren.</source>
        <translation>No criterion is on: there is nothing to vary.</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 producten na de laatste stap</source>
        <translation>%1 %2 %3: %4 products after the last step</translation>
    </message>
    <message>
        <source>Gevoeligheid voor elke drempel</source>
        <translation>Sensitivity to each threshold</translation>
    </message>
    <message>
        <source>Gevoeligheid: %1 bij andere drempels, één criterium tegelijk</source>
        <translation>Sensitivity: %1 at other thresholds, one criterion at a time</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::SensitivityMapChart</name>
    <message>
        <source>Kies twee criteria die aan staan om ze samen te variëren.</source>
        <translation>Choose two criteria that are on to vary them together.</translation>
    </message>
    <message>
        <source>%1 %2 %3 en %4 %5 %6: %7 producten na de laatste stap&lt;br&gt;&lt;i&gt;Klik om beide drempels zo in te stellen&lt;/i&gt;</source>
        <translation>%1 %2 %3 and %4 %5 %6: %7 products after the last step&lt;br&gt;&lt;i&gt;Click to set both thresholds so&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Gevoeligheid voor twee drempels samen</source>
        <translation>Sensitivity to two thresholds together</translation>
    </message>
    <message>
        <source>Gevoeligheid: %1 bij twee drempels samen</source>
        <translation>Sensitivity: %1 at two thresholds together</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::SensitivityView</name>
    <message>
        <source>Drempels uit de kaart: %1 en %2</source>
        <translation>Thresholds from the map: %1 and %2</translation>
    </message>
    <message>
        <source>Gevoeligheid</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>&amp;Kaart:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>tegen</source>
        <translation>against</translation>
    </message>
    <message>
        <source>Het criterium op de horizontale as van de kaart</source>
        <translation>The criterion on the map&apos;s horizontal axis</translation>
    </message>
    <message>
        <source>Het criterium op de verticale as van de kaart</source>
        <translation>The criterion on the map&apos;s vertical axis</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::SessionHandler</name>
    <message>
        <source>Analyse opgeslagen in %1</source>
        <translation>Analysis saved to %1</translation>
    </message>
    <message>
        <source>analyse</source>
        <translation>analysis</translation>
    </message>
    <message>
        <source>Analyse opslaan</source>
        <translation>Save analysis</translation>
    </message>
    <message>
        <source>Analyse openen</source>
        <translation>Open analysis</translation>
    </message>
    <message>
        <source>De analyse is niet opgeslagen. Wilt u haar opslaan?</source>
        <translation>The analysis has not been saved. Do you want to save it?</translation>
    </message>
    <message>
        <source>De analyse %1 is gewijzigd. Wijzigingen opslaan?</source>
        <translation>The analysis %1 has changed. Save the changes?</translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Herkomst-database (*.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Herkomst database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>het bestand bestaat niet meer</source>
        <translation>the file no longer exists</translation>
    </message>
    <message>
        <source>De vorige analyse %1 is niet te openen: %2</source>
        <translation>The previous analysis %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>De vorige sessie</source>
        <translation>The previous session</translation>
    </message>
    <message>
        <source>De vorige database %1 is niet te openen; de demodata worden getoond. %2</source>
        <translation>The previous database %1 cannot be opened; showing the demo data. %2</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Taal van het scherm</source>
        <translation>Screen &amp;language</translation>
    </message>
    <message>
        <source>De taal wisselt direct, ook van getallen (3.449 of 3,449). Geëxporteerde figuren voor een Kamerbrief blijven Nederlands als u ze in het Nederlands maakt.</source>
        <translation>The language changes at once, numbers too (3.449 or 3,449). Figures exported for a parliamentary letter stay Dutch when you make them in Dutch.</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::SummaryPage</name>
    <message>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>land onbekend</source>
        <translation>country unknown</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Wat er is gelezen en opgeslagen, en welke regels niet, met de reden.</source>
        <translation>What has been read and stored, and which rows have not, with the reason.</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Niet opgeslagen regels &amp;bewaren als CSV…</source>
        <translation>&amp;Save the rows not stored as CSV…</translation>
    </message>
    <message>
        <source>&amp;Wat Herkomst heeft vastgesteld:</source>
        <translation>&amp;What Herkomst established:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gegevensset “%1” is opgeslagen en gekozen&lt;/b&gt;; alle overzichten tonen hem nu.</source>
        <translation>&lt;b&gt;Data set “%1” has been stored and selected&lt;/b&gt;; all views now show it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gegevensset “%1” is opgeslagen&lt;/b&gt;, maar kon niet worden getoond: %2</source>
        <translation>&lt;b&gt;Data set “%1” has been stored&lt;/b&gt;, but could not be shown: %2</translation>
    </message>
    <message>
        <source>Regels gelezen</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Overgeslagen (totalen, notities)</source>
        <translation>Skipped (totals, notes)</translation>
    </message>
    <message>
        <source>Landen niet herkend</source>
        <translation>Countries not recognised</translation>
    </message>
    <message>
        <source>%1 (%2 regels)</source>
        <translation>%1 (%2 rows)</translation>
    </message>
    <message>
        <source>Alle gelezen regels zijn opgeslagen of bewust overgeslagen.</source>
        <translation>All rows read have been stored or deliberately skipped.</translation>
    </message>
    <message>
        <source>&amp;Niet opgeslagen regels (de eerste %1 van %2; de CSV bevat ze alle):</source>
        <translation>&amp;Rows not stored (the first %1 of %2; the CSV contains all of them):</translation>
    </message>
    <message>
        <source>&amp;Niet opgeslagen regels en waarom:</source>
        <translation>&amp;Rows not stored and why:</translation>
    </message>
    <message>
        <source>Niet opgeslagen regels bewaren</source>
        <translation>Save the rows not stored</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Bewaren mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Gebruikt</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dienstengegevens “%1” zijn opgeslagen.&lt;/b&gt; Kies in de weergave Diensten en goederen de bron Goederen uit de getoonde gegevens; de diensten staan daar naast de goederen.</source>
        <translation>&lt;b&gt;Services data “%1” has been stored.&lt;/b&gt; In the view Services and goods choose the source Goods from the data shown; the services are shown there beside the goods.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dienstengegevens “%1” zijn opgeslagen.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Services data “%1” has been stored.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Waarden opgeslagen (partner en jaar)</source>
        <translation>Values stored (partner and year)</translation>
    </message>
    <message>
        <source>Partners zijn opgeslagen zoals de tabel ze noemt; totalen zijn overgeslagen.</source>
        <translation>Partners have been stored as the table names them; totals have been skipped.</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::Table1Chart</name>
    <message>
        <source>Diensten- en goedereninvoer naar partner, %1 (mln %2)</source>
        <translation>Services and goods imports by partner, %1 (mln %2)</translation>
    </message>
    <message>
        <source>%1. De %2 grootste partners voor diensten en voor goederen; † alleen in één van beide lijsten.</source>
        <translation>%1. The %2 largest partners for services and for goods; † in one of the two lists only.</translation>
    </message>
    <message>
        <source>Geen dienstengegevens.</source>
        <translation>No services data.</translation>
    </message>
    <message>
        <source>Waarden met geheime cellen zijn ondergrenzen.</source>
        <translation>Values with confidential cells are lower bounds.</translation>
    </message>
    <message>
        <source>diensten</source>
        <translation>services</translation>
    </message>
    <message>
        <source>goederen</source>
        <translation>goods</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>buiten de EU</source>
        <translation>outside the EU</translation>
    </message>
    <message>
        <source>overige (CBS-restgroep)</source>
        <translation>other (CBS residual group)</translation>
    </message>
    <message>
        <source>alleen goederen</source>
        <translation>goods only</translation>
    </message>
    <message>
        <source>Geen gegevens</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>mln %1</source>
        <translation>mln %1</translation>
    </message>
    <message>
        <source>alleen diensten</source>
        <translation>services only</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::Table1View</name>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>diensten: %1</source>
        <translation>services: %1</translation>
    </message>
    <message>
        <source>Tabel 1 uit Bijlage 1 van de Kamerbrief van 22 november 2021, zoals gedrukt.</source>
        <translation>Table 1 from Annex 1 of the parliamentary letter of 22 November 2021, as printed.</translation>
    </message>
    <message>
        <source>Goederen: de invoer van %1 in %2 per partner, opgeteld over alle producten.</source>
        <translation>Goods: the imports of %1 in %2 by partner, summed over all products.</translation>
    </message>
    <message>
        <source>Geen dienstengegevens: importeer een tabel van de diensteninvoer per partner.</source>
        <translation>No services data: import a table of services imports by partner.</translation>
    </message>
    <message>
        <source>Diensten (mln %1)</source>
        <translation>Services (mln %1)</translation>
    </message>
    <message>
        <source>Goederen (mln %1)</source>
        <translation>Goods (mln %1)</translation>
    </message>
    <message>
        <source>CBS-restgroep: geen land, zoals gedrukt</source>
        <translation>CBS residual group: not a country, as printed</translation>
    </message>
    <message>
        <source>EU-lidstaat</source>
        <translation>EU member state</translation>
    </message>
    <message>
        <source>buiten de EU</source>
        <translation>outside the EU</translation>
    </message>
    <message>
        <source>Ondergrens: een deel van de cellen is geheim of onbekend.</source>
        <translation>Lower bound: some of the cells are confidential or unknown.</translation>
    </message>
    <message>
        <source>Figuur exporteren</source>
        <translation>Export figure</translation>
    </message>
    <message>
        <source>Tabel exporteren</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Diensten en goederen</source>
        <translation>Services and goods</translation>
    </message>
    <message>
        <source>&amp;Bron:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Kamerbrief 2021</source>
        <translation>Parliamentary letter 2021</translation>
    </message>
    <message>
        <source>Goederen uit de getoonde gegevens</source>
        <translation>Goods from the data shown</translation>
    </message>
    <message>
        <source>&amp;Partners per lijst:</source>
        <translation>&amp;Partners per list:</translation>
    </message>
    <message>
        <source>&amp;Diensten:</source>
        <translation>&amp;Services:</translation>
    </message>
    <message>
        <source>Figuur &amp;exporteren…</source>
        <translation>&amp;Export figure…</translation>
    </message>
    <message>
        <source>&amp;Tabel exporteren…</source>
        <translation>Export &amp;table…</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>mln</source>
        <translation>mln</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::ThresholdPanel</name>
    <message>
        <source>Eigen instelling</source>
        <translation>Custom setting</translation>
    </message>
    <message>
        <source>%1 (synthetisch)</source>
        <translation>%1 (synthetic)</translation>
    </message>
    <message>
        <source>Criteriaset</source>
        <translation>Criteria set</translation>
    </message>
    <message>
        <source>Een criteriaset is een lijst criteria met drempels; wie een drempel wijzigt krijgt een eigen instelling</source>
        <translation>A criteria set is a list of criteria with thresholds; changing a threshold gives a custom setting</translation>
    </message>
    <message>
        <source>&amp;Standaard (CBS 2021)</source>
        <translation>&amp;Default (CBS 2021)</translation>
    </message>
    <message>
        <source>Zet de criteria en drempels terug op die van de Kamerbrief (CBS 2021) en toont alle bedrijfstakken</source>
        <translation>Puts the criteria and thresholds back to those of the parliamentary letter (CBS 2021) and shows all industries</translation>
    </message>
    <message>
        <source>Criteria en drempels</source>
        <translation>Criteria and thresholds</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Gegevens&amp;set</source>
        <translation>Data &amp;set</translation>
    </message>
    <message>
        <source>&amp;Rapporteur</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;EU-samenstelling</source>
        <translation>&amp;EU composition</translation>
    </message>
    <message>
        <source>Welke landen als EU gelden bij &apos;niet-EU-leverancier&apos;; standaard EU27 (2020), zoals Eurostat</source>
        <translation>Which countries count as EU for &apos;non-EU supplier&apos;; default EU27 (2020), as Eurostat uses</translation>
    </message>
    <message>
        <source>Bedrijfstakken</source>
        <translation>Industries</translation>
    </message>
    <message>
        <source>Alleen producten van de aangevinkte bedrijfstakken tellen mee in de trechter</source>
        <translation>Only products of the ticked industries count in the funnel</translation>
    </message>
    <message>
        <source>&amp;Alle bedrijfstakken</source>
        <translation>&amp;All industries</translation>
    </message>
    <message>
        <source>Criterium toe&amp;voegen…</source>
        <translation>Add cri&amp;terion…</translation>
    </message>
    <message>
        <source>Voegt een criterium achteraan de trechter toe; kies daarna de drempel</source>
        <translation>Adds a criterion at the end of the funnel; then choose its threshold</translation>
    </message>
    <message>
        <source>De gegevensset uit de database waarop de analyse rekent</source>
        <translation>The data set in the database the analysis runs on</translation>
    </message>
    <message>
        <source>Het land waarvan de invoer wordt geanalyseerd</source>
        <translation>The country whose imports are analysed</translation>
    </message>
    <message>
        <source>Het jaar van de analyse</source>
        <translation>The year of the analysis</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::YearFunnelChart</name>
    <message>
        <source>%1 (analysejaar)</source>
        <translation>%1 (analysis year)</translation>
    </message>
    <message>
        <source>onbepaald</source>
        <translation>undetermined</translation>
    </message>
    <message>
        <source>De trechter per jaar</source>
        <translation>The funnel per year</translation>
    </message>
    <message>
        <source>De trechter per jaar, %1–%2</source>
        <translation>The funnel per year, %1–%2</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::YearSupplierChart</name>
    <message>
        <source>%1
(analysejaar)</source>
        <translation>%1
(analysis year)</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Geconcentreerde producten</source>
        <translation>Concentrated products</translation>
    </message>
    <message>
        <source>%1 per jaar naar grootste niet-EU-leverancier</source>
        <translation>%1 per year by largest non-EU supplier</translation>
    </message>
</context>
<context>
    <name>herkomst::ui::YearsView</name>
    <message>
        <source>De jaren van de gegevensset worden geladen… %1 %</source>
        <translation>Loading the data set&apos;s years… %1 %</translation>
    </message>
    <message>
        <source>De jaren van de gegevensset worden geladen…</source>
        <translation>Loading the data set&apos;s years…</translation>
    </message>
    <message>
        <source>De jaren konden niet worden geladen: %1</source>
        <translation>The years could not be loaded: %1</translation>
    </message>
    <message>
        <source>De gegevensset heeft geen jaar met invoer van deze rapporteur.</source>
        <translation>The data set has no year with imports of this reporter.</translation>
    </message>
    <message>
        <source>De gegevensset heeft één jaar (%1): er is geen trend en niets te vergelijken. Importeer meer jaren in dezelfde gegevensset om de trechter per jaar en de vergelijking van twee jaren te zien.</source>
        <translation>The data set has one year (%1): there is no trend and nothing to compare. Import more years into the same data set to see the funnel per year and the comparison of two years.</translation>
    </message>
    <message>
        <source>Jaren %1–%2, elk jaar met dezelfde criteria. %3</source>
        <translation>Years %1–%2, each year with the same criteria. %3</translation>
    </message>
    <message>
        <source>Figuur exporteren</source>
        <translation>Export figure</translation>
    </message>
    <message>
        <source>Vergelijking exporteren</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <source>%1 staat niet in de gegevens van het analysejaar %2; kies dat jaar in het dock om het product te zien.</source>
        <translation>%1 is not in the data of the analysis year %2; choose that year in the dock to see the product.</translation>
    </message>
    <message>
        <source>%1 valt in het analysejaar buiten de gekozen bedrijfstakken.</source>
        <translation>%1 lies outside the chosen industries in the analysis year.</translation>
    </message>
    <message>
        <source>Jaren</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>&amp;Vergelijk</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>&amp;met</source>
        <translation>&amp;with</translation>
    </message>
    <message>
        <source>Vergelijking &amp;exporteren…</source>
        <translation>&amp;Export comparison…</translation>
    </message>
    <message>
        <source>De vergelijking als Excel-, CSV- of Word-tabel, met titel en bron</source>
        <translation>The comparison as an Excel, CSV or Word table, with title and source</translation>
    </message>
    <message>
        <source>Dubbelklik: het product in de producttabel</source>
        <translation>Double-click: the product in the product table</translation>
    </message>
    <message>
        <source>&amp;Figuur exporteren</source>
        <translation>&amp;Export figure</translation>
    </message>
    <message>
        <source>De trechter per jaar…</source>
        <translation>The funnel per year…</translation>
    </message>
    <message>
        <source>De leveranciers per jaar…</source>
        <translation>The suppliers per year…</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>Twee jaren &amp;vergelijken</source>
        <translation>Compare two &amp;years</translation>
    </message>
    <message>
        <source>De jaren worden geladen zodra de gegevens er zijn.</source>
        <translation>The years are loaded as soon as the data are there.</translation>
    </message>
</context>
</TS>
