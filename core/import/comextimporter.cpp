#include "import/comextimporter.h"

#include "countries/countryregistry.h"
#include "import/countrymatcher.h"
#include "import/flowformat.h"
#include "import/flowimport.h"
#include "import/importjob.h"
#include "import/importtext.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace herkomst {

namespace {

// Comext's conventions.
//
// Codes (Eurostat Geonomenclature, GEONOM): alphabetic ISO 3166 alpha-2 codes with a few of its
// own: EL (Greece) and UK (United Kingdom) in the newer extracts, XS (Serbia, older files). The
// numeric DECLARANT/PARTNER columns of the full files are GEONOM numbers, not ISO numbers
// (004 is Germany, not Afghanistan), so they are never looked up: the *_ISO columns are used.
//
// Partners that are no country (GEONOM "Q" codes):
//   QU, QV, QW  countries and territories not specified (all, intra-EU, extra-EU trade)
//   QX, QY, QZ  not specified for commercial or military reasons, i.e. confidential
//               (all, intra-EU, extra-EU trade)
//   QP          high seas; QQ, QR, QS stores and provisions (all, intra-EU, extra-EU)
// Their value is known, only the partner is not: the import's partner policy keeps them as
// blocks under their own code (countries/non-country-partners.csv), counted in the product's
// imports (and in extra-EU imports for QS, QW, QZ), never a supplier. XK (Kosovo), XC (Ceuta),
// XL (Melilla), EL and UK are countries through the registry's alias table.
// Aggregates (EU27_2020, EXTRA_EU27_2020, INTRA_EU27_2020, EA20, ...) are skipped; WORLD is
// the partner total (cross-check, export total).
//
// Products: CN8 codes are summed into their HS6. Skipped explicitly, each with its value in
// the notes: TOTAL, chapters and headings (2 or 4 digits, the HS2-4-6 levels of DS-045409);
// chapter 99 (9905 returned goods, 9930/9931 stores and provisions, 9950 small consignments and
// other special CN codes, no HS6 behind them); confidential products that Comext publishes at
// chapter or heading level only, written with the chapter followed by 9s ("27999999") or by
// letters in place of the hidden digits ("27SSSSSS", "2710XXXX"). Their values cannot be put
// under any HS6 without inventing it, so the notes list them per chapter.
enum ComextRole { StatRegimeRole = FlowFormat::FirstExtraRole, IndicatorRole };

class ComextFormat : public FlowFormat {
public:
    explicit ComextFormat(CountryMatcher &partners) : mPartners(partners) {}

    QString source() const override { return QStringLiteral("Comext"); }
    QString title() const override { return QStringLiteral("Eurostat Comext"); }
    QString currency() const override { return QStringLiteral("EUR"); }
    QString unitNote() const override { return ImportText::tr("euro (VALUE_IN_EUROS)"); }

    std::vector<Column> columns() const override
    {
        return {
            {ReporterRole,
             QStringLiteral("DECLARANT_ISO"),
             {QStringLiteral("declarantiso"), QStringLiteral("reporteriso"), QStringLiteral("reporter"),
              QStringLiteral("declarant")},
             true},
            {PartnerRole,
             QStringLiteral("PARTNER_ISO"),
             {QStringLiteral("partneriso"), QStringLiteral("partner")},
             true},
            {ProductRole,
             QStringLiteral("PRODUCT_NC"),
             {QStringLiteral("productnc"), QStringLiteral("product"), QStringLiteral("productcn8"),
              QStringLiteral("cn8")},
             true},
            {FlowRole, QStringLiteral("FLOW"), {QStringLiteral("flow")}, true},
            {PeriodRole,
             QStringLiteral("PERIOD"),
             {QStringLiteral("period"), QStringLiteral("timeperiod"), QStringLiteral("time")},
             true},
            {ValueRole,
             QStringLiteral("VALUE_IN_EUROS"),
             {QStringLiteral("valueineuros"), QStringLiteral("valueeur"), QStringLiteral("valueineur"),
              QStringLiteral("obsvalue")},
             true},
            {StatRegimeRole,
             QStringLiteral("STAT_REGIME"),
             {QStringLiteral("statregime"), QStringLiteral("statprocedure")},
             false},
            {IndicatorRole,
             QStringLiteral("indicators"),
             {QStringLiteral("indicators"), QStringLiteral("indicator")},
             false},
        };
    }

    QByteArray reporter(const QString &text) override
    {
        const QString code = text.trimmed().toUpper();
        if (code.isEmpty() || code.front().isDigit() || isAggregate(code))
            return {};
        const Country *country = CountryRegistry::instance().find(code);
        return country && country->kind == PartnerKind::Country ? country->iso3.toLatin1() : QByteArray();
    }

    void interpret(const FlowFields &fields, FlowRecord &record) override
    {
        if (fields.has(IndicatorRole)) {
            const QString indicator = fields.text(IndicatorRole);
            const QString normalised = normaliseHeader(indicator);
            if (normalised != QLatin1String("valueineuros") && normalised != QLatin1String("valueeur")) {
                record.skip(ImportText::tr("andere grootheid dan VALUE_IN_EUROS (%1)").arg(indicator), IndicatorRole);
                return;
            }
        }
        if (!readFlow(fields.text(FlowRole), record)) {
            record.reject(FlowRole,
                          ImportText::tr("stroom 1 (invoer) of 2 (uitvoer) verwacht in kolom FLOW, gevonden \"%1\"")
                              .arg(fields.text(FlowRole).left(20)));
            return;
        }
        if (!readComextProduct(fields.text(ProductRole), record))
            return;
        readPartner(fields.text(PartnerRole), record);
        if (record.verdict == FlowRecord::Verdict::Use)
            record.keyExtra = fields.raw(StatRegimeRole).toByteArray() + '|' + fields.raw(IndicatorRole).toByteArray();
    }

private:
    static bool isAggregate(const QString &code)
    {
        return code.startsWith(QLatin1String("EU")) || code.startsWith(QLatin1String("EA")) ||
               code.startsWith(QLatin1String("EXTRA")) || code.startsWith(QLatin1String("INTRA")) ||
               code.startsWith(QLatin1String("EFTA")) || code.contains(QLatin1Char('_'));
    }

    // False when the row is settled (skipped or rejected) by its product code.
    static bool readComextProduct(const QString &text, FlowRecord &record)
    {
        static const QRegularExpression hidden(QStringLiteral("^(\\d{2}|\\d{4})([A-Z]{4,6})$"));
        const QString code = text.section(QLatin1Char(' '), 0, 0).toUpper();
        const QRegularExpressionMatch match = hidden.match(code);
        if (match.hasMatch() && code.size() == 8) {
            record.skip(ImportText::tr("vertrouwelijke goederen, alleen op niveau %1 gepubliceerd (%2)")
                            .arg(match.captured(1), code),
                        ProductRole, true);
            return false;
        }
        const bool eightDigits =
            code.size() == 8 && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); });
        if (eightDigits && code.startsWith(QLatin1String("99"))) {
            record.skip(
                ImportText::tr("bijzondere GN-code van hoofdstuk 99 (teruggezonden goederen, boordprovisie, kleine "
                               "zendingen, ...): %1")
                    .arg(code),
                ProductRole, true);
            return false;
        }
        if (eightDigits && code.endsWith(QLatin1String("999999"))) {
            record.skip(
                ImportText::tr("vertrouwelijke goederen van hoofdstuk %1, alleen op hoofdstukniveau gepubliceerd (%2)")
                    .arg(code.left(2), code),
                ProductRole, true);
            return false;
        }
        readProduct(text, 8, record);
        return record.verdict == FlowRecord::Verdict::Use;
    }

    void readPartner(const QString &text, FlowRecord &record)
    {
        const QString code = text.toUpper();
        auto it = mClassified.constFind(code);
        if (it == mClassified.constEnd())
            it = mClassified.insert(code, classify(code));
        record.adoptPartner(*it, PartnerRole);
    }

    FlowRecord classify(const QString &code)
    {
        FlowRecord r;
        if (code.isEmpty()) {
            r.unmatched(PartnerRole, ImportText::tr("(leeg)"));
            return r;
        }
        if (code == QLatin1String("WORLD") || code == QLatin1String("WLD") || code == QLatin1String("WL")) {
            r.partnerKind = FlowRecord::PartnerKind::World;
            return r;
        }
        if (isAggregate(code)) {
            r.skip(ImportText::tr("landengroep als partner (%1)").arg(code), PartnerRole);
            return r;
        }
        if (code.front().isDigit()) {
            // GEONOM numbers differ from ISO numbers: never guessed.
            r.unmatched(PartnerRole, code);
            return r;
        }
        matchPartner(mPartners, {code}, {}, false, r);
        return r;
    }

    CountryMatcher &mPartners;
    QHash<QString, FlowRecord> mClassified;
};

} // namespace

QString ComextImporter::displayName() const
{
    return ImportText::tr("Eurostat Comext (bulkbestand of extract, GN8, euro)");
}

int ComextImporter::detectFiles(const QStringList &files) const
{
    CountryMatcher partners(nullptr);
    ComextFormat format(partners);
    int score = detectFlowFormat(format, files);
    static const QRegularExpression comextName(QStringLiteral("^(full(_v2)?_?\\d{6}|ds-0\\d{5})"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (const QString &file : files) {
        if (score > 0 && comextName.match(QFileInfo(file).fileName()).hasMatch())
            score = std::max(score, 95);
    }
    return score;
}

bool ComextImporter::read(ImportJob &job)
{
    ComextFormat format(job.partners());
    return readFlowFiles(format, job);
}

FormatLayout ComextImporter::layout() const
{
    CountryMatcher noMatching(nullptr); // the layout reads no partner
    return flowFormatLayout(ComextFormat(noMatching), {ImportText::tr("statistisch regime (onderscheidt regels)"),
                                                    ImportText::tr("grootheid (alleen VALUE_IN_EUROS wordt gelezen)")});
}

} // namespace herkomst
