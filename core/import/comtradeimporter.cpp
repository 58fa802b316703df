#include "import/comtradeimporter.h"

#include "countries/countryregistry.h"
#include "import/countrymatcher.h"
#include "import/flowformat.h"
#include "import/flowimport.h"
#include "import/importjob.h"
#include "import/importtext.h"

#include <QHash>
#include <QRegularExpression>

namespace herkomst {

namespace {

// Comtrade's conventions.
//
// Countries by ISO3 (reporterISO/partnerISO; "Reporter ISO"/"Partner ISO" in the older
// header), else by name. The numeric codes are M49 with Comtrade's own exceptions (842 USA,
// 251 France, 757 Switzerland, 699 India), so they are only used to recognise the partners
// below, never looked up as ISO numbers.
//
// Partners that are no country:
//  - World (code 0, W00, older WLD): not a country. Its rows check the partner sum (a note when
//    it differs more than 1 %) and give the export total.
//  - Other Asia, nes (490, S19): Taiwan as Comtrade reports it; the registry's alias table makes
//    it TWN, said so in the notes.
//  - Areas, nes (899, _X), Other Europe/Africa/Oceania, nes, Rest of America, nes, Bunkers (837),
//    Free Zones (838), Special Categories (839), Neutral Zone (536) and other nes areas: trade
//    whose country is not stated. The import's partner policy keeps them as blocks under their
//    own code ("M49-899") and name, with their value: counted in the reporter's imports, never a
//    supplier and never added to a country (docs/design.md §1).
// Flows: M import, X export. Re-imports and re-exports (RM, RX) are already part of M and X;
// they and other special flows (inward/outward processing, ...) are skipped and counted.
// Breakdowns by second partner, customs procedure, transport or supply mode (partner2Code,
// customsCode, motCode, mosCode other than their totals 0 / C00) would count trade twice: skipped.
enum ComtradeRole {
    PartnerCodeRole = FlowFormat::FirstExtraRole,
    PartnerLabelRole,
    ProductLabelRole,
    Partner2Role,
    CustomsRole,
    TransportRole,
    SupplyModeRole,
};

class ComtradeFormat : public FlowFormat {
public:
    explicit ComtradeFormat(CountryMatcher &partners) : mPartners(partners) {}

    QString source() const override { return QStringLiteral("Comtrade"); }
    QString title() const override { return QStringLiteral("UN Comtrade"); }
    QString currency() const override { return QStringLiteral("USD"); }
    QString unitNote() const override { return ImportText::tr("USD (primaryValue)"); }

    std::vector<Column> columns() const override
    {
        return {
            {ReporterRole,
             QStringLiteral("reporterISO"),
             {QStringLiteral("reporteriso"), QStringLiteral("reporteriso3"), QStringLiteral("reporterdesc"),
              QStringLiteral("reporter")},
             true},
            {PartnerRole,
             QStringLiteral("partnerISO"),
             {QStringLiteral("partneriso"), QStringLiteral("partneriso3"), QStringLiteral("partnerdesc"),
              QStringLiteral("partner")},
             true},
            {ProductRole,
             QStringLiteral("cmdCode"),
             {QStringLiteral("cmdcode"), QStringLiteral("commoditycode")},
             true},
            {FlowRole,
             QStringLiteral("flowCode"),
             {QStringLiteral("flowcode"), QStringLiteral("tradeflow"), QStringLiteral("flowdesc"),
              QStringLiteral("tradeflowcode")},
             true},
            {PeriodRole,
             QStringLiteral("period"),
             {QStringLiteral("period"), QStringLiteral("refyear"), QStringLiteral("year")},
             true},
            {ValueRole,
             QStringLiteral("primaryValue"),
             {QStringLiteral("primaryvalue"), QStringLiteral("tradevalueus"), QStringLiteral("tradevalueusd"),
              QStringLiteral("tradevalue")},
             true},
            {PartnerCodeRole, QStringLiteral("partnerCode"), {QStringLiteral("partnercode")}, false},
            {PartnerLabelRole,
             QStringLiteral("partnerDesc"),
             {QStringLiteral("partnerdesc"), QStringLiteral("partner")},
             false},
            {ProductLabelRole,
             QStringLiteral("cmdDesc"),
             {QStringLiteral("cmddesc"), QStringLiteral("commodity")},
             false},
            {Partner2Role, QStringLiteral("partner2Code"), {QStringLiteral("partner2code")}, false},
            {CustomsRole, QStringLiteral("customsCode"), {QStringLiteral("customscode")}, false},
            {TransportRole, QStringLiteral("motCode"), {QStringLiteral("motcode")}, false},
            {SupplyModeRole, QStringLiteral("mosCode"), {QStringLiteral("moscode")}, false},
        };
    }

    QByteArray reporter(const QString &text) override
    {
        const QString code = text.trimmed().toUpper();
        if (code.isEmpty() || code.front().isDigit() || isWorld(code, {}, {}))
            return {};
        const Country *country = CountryRegistry::instance().find(text);
        return country && country->kind == PartnerKind::Country ? country->iso3.toLatin1() : QByteArray();
    }

    void interpret(const FlowFields &fields, FlowRecord &record) override
    {
        struct Breakdown {
            int role;
            const char *total;
            const char *what;
        };
        static const Breakdown breakdowns[] = {
            {Partner2Role, "0", "tweede partner (partner2Code)"},
            {CustomsRole, "C00", "douaneprocedure (customsCode)"},
            {TransportRole, "0", "vervoerswijze (motCode)"},
            {SupplyModeRole, "0", "leveringswijze (mosCode)"},
        };
        for (const Breakdown &b : breakdowns) {
            const QString value = fields.text(b.role);
            if (!value.isEmpty() && value.compare(QLatin1String(b.total), Qt::CaseInsensitive) != 0) {
                record.skip(ImportText::tr("uitsplitsing naar %1; het totaal %2 wordt gebruikt")
                                .arg(QLatin1String(b.what), QLatin1String(b.total)),
                            b.role);
                return;
            }
        }
        const QString flow = fields.text(FlowRole);
        if (!readFlow(flow, record)) {
            const QString upper = flow.toUpper();
            if (upper.startsWith(QLatin1String("R")) || upper.startsWith(QLatin1String("RE")) ||
                upper == QLatin1String("3") || upper == QLatin1String("4")) {
                record.skip(
                    ImportText::tr("herinvoer of heruitvoer (%1), al begrepen in invoer M en uitvoer X").arg(flow),
                    FlowRole);
            } else if (upper.size() >= 2 && upper.size() <= 4 &&
                       (upper.front() == QLatin1Char('M') || upper.front() == QLatin1Char('X') ||
                        upper.front() == QLatin1Char('D') || upper.front() == QLatin1Char('F'))) {
                record.skip(ImportText::tr("bijzondere handelsstroom %1 (veredeling, ...)").arg(flow), FlowRole);
            } else {
                record.reject(FlowRole,
                              ImportText::tr("handelsstroom M (invoer) of X (uitvoer) verwacht, gevonden \"%1\"")
                                  .arg(flow.left(20)));
            }
            return;
        }
        readProduct(fields.text(ProductRole), 6, record);
        if (record.verdict != FlowRecord::Verdict::Use)
            return;
        if (fields.has(ProductLabelRole))
            record.description = fields.text(ProductLabelRole);
        readPartner(fields, record);
        if (record.verdict == FlowRecord::Verdict::Use) {
            for (int role :
                 {int(PartnerCodeRole), int(Partner2Role), int(CustomsRole), int(TransportRole), int(SupplyModeRole)})
                record.keyExtra.append(fields.raw(role)).append('|');
        }
    }

    bool sawOtherAsia() const { return mSawOtherAsia; }

private:
    static bool isWorld(const QString &iso, const QString &code, const QString &label)
    {
        return iso == QLatin1String("W00") || iso == QLatin1String("WLD") || code == QLatin1String("0") ||
               CountryRegistry::normalise(label) == QLatin1String("world") ||
               CountryRegistry::normalise(iso) == QLatin1String("world");
    }

    // Comtrade writes an area without a country with a code of its own in place of an ISO3
    // ("_X", "X1", "R4"); the named areas (899 "Areas, nes", 837 "Bunkers", ...) are in the
    // partner policy's table of codes that name no country.
    static bool isNesArea(const QString &iso)
    {
        static const QRegularExpression isoLike(QStringLiteral("^(_.*|[A-Z]\\d.*)$"));
        return isoLike.match(iso).hasMatch();
    }

    void readPartner(const FlowFields &fields, FlowRecord &record)
    {
        const QString iso =
            fields.has(PartnerLabelRole) && fields.column(PartnerLabelRole) == fields.column(PartnerRole)
                ? QString()
                : fields.text(PartnerRole).toUpper();
        const QString code = fields.text(PartnerCodeRole);
        const QString label = fields.has(PartnerLabelRole) ? fields.text(PartnerLabelRole) : QString();
        const QString cacheKey = iso + QLatin1Char('|') + code + QLatin1Char('|') + label;
        auto it = mClassified.constFind(cacheKey);
        if (it == mClassified.constEnd())
            it = mClassified.insert(cacheKey, classify(iso, code, label));
        record.adoptPartner(*it, PartnerRole);
    }

    FlowRecord classify(const QString &iso, const QString &code, const QString &label)
    {
        FlowRecord r;
        if (isWorld(iso, code, label)) {
            r.partnerKind = FlowRecord::PartnerKind::World;
            return r;
        }
        if (iso.isEmpty() && label.isEmpty() && code.isEmpty()) {
            r.unmatched(PartnerRole, ImportText::tr("(leeg)"));
            return r;
        }
        // An ISO3 decides alone. Otherwise the M49 number (Comtrade writes "_X" for many different
        // areas), Comtrade's own code such as S19, then the label; a partner Comtrade marks as an
        // area without a country is a block under its own code.
        static const QRegularExpression iso3(QStringLiteral("^[A-Z]{3}$"));
        if (iso3.match(iso).hasMatch()) {
            matchPartner(mPartners, {iso}, {}, false, r);
        } else {
            QStringList spellings;
            if (!code.isEmpty())
                spellings << QStringLiteral("M49-%1").arg(code);
            if (!iso.isEmpty() && !iso.front().isDigit())
                spellings << iso;
            matchPartner(mPartners, spellings, label, isNesArea(iso), r);
        }
        if (r.verdict == FlowRecord::Verdict::Use && r.partner == "TWN" &&
            (iso == QLatin1String("S19") || code == QLatin1String("490")))
            mSawOtherAsia = true;
        return r;
    }

    CountryMatcher &mPartners;
    QHash<QString, FlowRecord> mClassified;
    bool mSawOtherAsia = false;
};

} // namespace

QString ComtradeImporter::displayName() const
{
    return ImportText::tr("UN Comtrade (CSV-download, GS6, USD)");
}

int ComtradeImporter::detectFiles(const QStringList &files) const
{
    CountryMatcher partners(nullptr);
    ComtradeFormat format(partners);
    return detectFlowFormat(format, files);
}

bool ComtradeImporter::read(ImportJob &job)
{
    ComtradeFormat format(job.partners());
    if (!readFlowFiles(format, job))
        return false;
    if (format.sawOtherAsia())
        job.report().notes << ImportText::tr("Partner \"Other Asia, nes\" (490, S19) is opgeslagen als Taiwan (TWN).");
    return true;
}

FormatLayout ComtradeImporter::layout() const
{
    CountryMatcher noMatching(nullptr); // the layout reads no partner
    return flowFormatLayout(ComtradeFormat(noMatching),
                            {ImportText::tr("partnercode (numeriek)"), ImportText::tr("partnernaam"),
                             ImportText::tr("productomschrijving (Engels)"), ImportText::tr("tweede partner"),
                             ImportText::tr("douaneprocedure (onderscheidt regels)"),
                             ImportText::tr("vervoerswijze (onderscheidt regels)"),
                             ImportText::tr("leveringswijze (onderscheidt regels)")});
}

} // namespace herkomst
