#include "demo/demodata.h"

#include "countries/countryregistry.h"
#include "countries/eucomposition.h"
#include "demo/demorandom.h"
#include "demo/letterreference.h"
#include "store/datasetwriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace herkomst::demo {

namespace {

constexpr std::uint64_t kSeed = 20211122;
constexpr double kMillion = 1e6;
constexpr size_t kCalibratedPartners = 5;     // Table 1's goods partners the demo follows
constexpr double kTotalImportsMln = 420000.0; // synthetic total of NL goods imports

// Where a product ends in the CBS 2021 funnel; the generator builds flows that put it there.
enum class Target { NotDominated, NetExporter, BroadWorldMarket, Concentrated };

struct IndustrySpec {
    const char *nameNl; // the data's name; the screen translates it ("Industry", industryname.h)
    const char *nameEn;
    int products;
    double dependencyWeight;    // how likely a product relies on one non-EU supplier
    double concentrationWeight; // how likely such a product has a concentrated world market
    std::vector<int> chapters;  // HS chapters the synthetic codes are drawn from
};

// 3,449 products in all, as in the CBS tables; the split over industries is invented.
const std::vector<IndustrySpec> &industries()
{
    static const std::vector<IndustrySpec> specs = {
        {QT_TRANSLATE_NOOP("Industry", "voeding"),
         "food",
         560,
         0.6,
         0.6,
         {2, 3, 4, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24}},
        {QT_TRANSLATE_NOOP("Industry", "delfstoffen en energie"), "mining and energy", 90, 1.2, 1.0, {25, 26, 27}},
        {QT_TRANSLATE_NOOP("Industry", "chemie"), "chemicals", 560, 1.0, 1.2, {28, 29, 31, 32, 33, 34, 35, 38}},
        {QT_TRANSLATE_NOOP("Industry", "farmacie"), "pharmaceuticals", 110, 2.0, 2.5, {30}},
        {QT_TRANSLATE_NOOP("Industry", "kunststof en rubber"), "plastics and rubber", 230, 0.7, 0.8, {39, 40}},
        {QT_TRANSLATE_NOOP("Industry", "hout en papier"), "wood and paper", 200, 0.5, 0.6, {44, 47, 48, 49}},
        {QT_TRANSLATE_NOOP("Industry", "textiel en kleding"),
         "textiles and clothing",
         520,
         1.4,
         0.8,
         {41, 42, 50, 52, 54, 55, 58, 60, 61, 62, 63, 64}},
        {QT_TRANSLATE_NOOP("Industry", "bouwmaterialen"), "building materials", 140, 0.5, 0.6, {68, 69, 70}},
        {QT_TRANSLATE_NOOP("Industry", "metalen"), "metals", 420, 0.8, 1.0, {72, 73, 74, 76, 79, 81, 82, 83}},
        {QT_TRANSLATE_NOOP("Industry", "machines"), "machinery", 330, 0.9, 0.9, {84}},
        {QT_TRANSLATE_NOOP("Industry", "elektrische apparatuur"), "electrical equipment", 130, 2.4, 2.5, {85}},
        {QT_TRANSLATE_NOOP("Industry", "computers en elektronica"),
         "computers and electronics",
         100,
         3.0,
         3.2,
         {90, 91}},
        {QT_TRANSLATE_NOOP("Industry", "transportmiddelen"), "transport equipment", 59, 0.8, 0.8, {86, 87, 88, 89}},
    };
    return specs;
}

struct PartnerWeight {
    const char *iso3;
    double weight; // the five Table 1 countries carry their published goods imports (mln euro)
};

// Non-EU partners that dominate products, with their chance to do so per target class.
struct DominantSupplier {
    const char *iso3;
    double concentrated;
    double other;
};

const std::vector<DominantSupplier> &dominantSuppliers()
{
    static const std::vector<DominantSupplier> list = {
        {"CHN", 0.52, 0.30}, {"USA", 0.17, 0.18}, {"GBR", 0.04, 0.10}, {"JPN", 0.04, 0.04},
        {"CHE", 0.03, 0.05}, {"TWN", 0.03, 0.02}, {"KOR", 0.03, 0.03}, {"IND", 0.03, 0.04},
        {"VNM", 0.02, 0.03}, {"NOR", 0.02, 0.06}, {"RUS", 0.02, 0.06}, {"MYS", 0.02, 0.02},
        {"BRA", 0.01, 0.03}, {"TUR", 0.01, 0.02}, {"ZAF", 0.01, 0.01}, {"CAN", 0.01, 0.01},
    };
    return list;
}

const std::vector<PartnerWeight> &knownPartnerWeights()
{
    static const std::vector<PartnerWeight> list = {
        {"DEU", 78521}, {"BEL", 45344}, {"CHN", 43026}, {"USA", 37286}, {"GBR", 24671}, {"FRA", 17000}, {"NOR", 9500},
        {"RUS", 9000},  {"ITA", 8600},  {"POL", 7800},  {"ESP", 6900},  {"JPN", 6200},  {"IRL", 5600},  {"TWN", 5300},
        {"KOR", 5000},  {"SWE", 4800},  {"CHE", 4400},  {"IND", 4100},  {"VNM", 3900},  {"CZE", 3700},  {"MYS", 3400},
        {"BRA", 3300},  {"DNK", 3200},  {"AUT", 2900},  {"TUR", 2800},  {"FIN", 2400},  {"HUN", 2300},  {"SGP", 2000},
        {"SAU", 1900},  {"THA", 1800},  {"CAN", 1800},  {"IDN", 1700},  {"PRT", 1600},  {"ROU", 1400},  {"SVK", 1300},
        {"ZAF", 1300},  {"MEX", 1200},  {"NGA", 1200},  {"AUS", 1100},  {"KAZ", 1000},
    };
    return list;
}

// Countries that never appear as partners (uninhabited, or the reporter).
bool excludedPartner(const QString &iso3)
{
    static const QSet<QString> excluded = {
        QStringLiteral("NLD"), QStringLiteral("ATA"), QStringLiteral("BVT"), QStringLiteral("HMD"),
        QStringLiteral("UMI"), QStringLiteral("SGS"), QStringLiteral("IOT"), QStringLiteral("ATF"),
        QStringLiteral("CCK"), QStringLiteral("CXR"), QStringLiteral("NFK"), QStringLiteral("PCN"),
        QStringLiteral("TKL"), QStringLiteral("NIU"), QStringLiteral("ESH"), QStringLiteral("ALA"),
        QStringLiteral("BES"), QStringLiteral("SJM"), QStringLiteral("GGY"), QStringLiteral("JEY"),
        QStringLiteral("IMN"), QStringLiteral("VAT"), QStringLiteral("MAF"), QStringLiteral("BLM"),
        QStringLiteral("SPM"), QStringLiteral("WLF"), QStringLiteral("MYT"), QStringLiteral("REU"),
        QStringLiteral("GLP"), QStringLiteral("MTQ"), QStringLiteral("GUF"), QStringLiteral("XKX"),
        QStringLiteral("MSR"), QStringLiteral("FLK"), QStringLiteral("SHN"), QStringLiteral("ASM"),
        QStringLiteral("GUM"), QStringLiteral("MNP"), QStringLiteral("VIR"), QStringLiteral("PRI"),
        QStringLiteral("SXM"), QStringLiteral("CUW"), QStringLiteral("ABW"), QStringLiteral("AIA"),
        QStringLiteral("VGB"), QStringLiteral("CYM"), QStringLiteral("TCA"), QStringLiteral("BMU"),
        QStringLiteral("GIB"), QStringLiteral("FRO"), QStringLiteral("GRL"), QStringLiteral("MCO"),
        QStringLiteral("SMR"), QStringLiteral("LIE"), QStringLiteral("AND"),
    };
    return excluded.contains(iso3);
}

struct Partner {
    QString iso3;
    double weight;
    bool eu;
};

struct Flow {
    int partner;
    double value;
};

struct GeneratedProduct {
    ProductInfo info;
    int industry = 0;
    Target target = Target::NotDominated;
    int dominant = -1;               // the designed top non-EU partner
    std::vector<Flow> imports;       // values in euro
    std::vector<int> secretPartners; // partners whose value is published as secret ("x")
    double exportRatio = 0.0;        // exports / imports
    double worldHhi = 0.0;
    std::vector<Flow> worldExports;
};

double importTotal(const GeneratedProduct &p)
{
    double total = 0.0;
    for (const Flow &f : p.imports)
        total += f.value;
    return total;
}

// Efraimidis-Spirakis: picks `count` items with probability proportional to their weights.
std::vector<int> weightedSample(DemoRandom &random, const std::vector<int> &items, const std::vector<double> &weights,
                                size_t count)
{
    std::vector<std::pair<double, int>> keys;
    keys.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        keys.push_back({std::pow(random.uniform() + 1e-12, 1.0 / weights[i]), items[i]});
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<int> picked;
    for (size_t i = 0; i < count && i < keys.size(); ++i)
        picked.push_back(keys[i].second);
    return picked;
}

int pickWeighted(DemoRandom &random, const std::vector<double> &cumulative)
{
    const double u = random.uniform() * cumulative.back();
    return int(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
}

// Shares decaying geometrically with ratio r; the Herfindahl index falls as r rises, so a
// bisection on r meets any target between 1/n and 1.
std::vector<double> sharesWithHhi(int n, double targetHhi)
{
    auto shares = [n](double r) {
        std::vector<double> s(static_cast<size_t>(n));
        double w = 1.0, total = 0.0;
        for (int i = 0; i < n; ++i) {
            s[size_t(i)] = w;
            total += w;
            w *= r;
        }
        for (double &x : s)
            x /= total;
        return s;
    };
    auto hhi = [](const std::vector<double> &s) {
        return std::accumulate(s.begin(), s.end(), 0.0, [](double a, double x) { return a + x * x; });
    };
    double low = 1e-6, high = 1.0;
    for (int i = 0; i < 80; ++i) {
        const double mid = 0.5 * (low + high);
        (hhi(shares(mid)) > targetHhi ? low : high) = mid;
    }
    return shares(0.5 * (low + high));
}

class Generator {
public:
    explicit Generator(std::uint64_t seed) : mRandom(seed) {}

    std::map<int, std::shared_ptr<const TradeData>> run()
    {
        buildPartners();
        buildProducts();
        assignTargets();
        for (GeneratedProduct &p : mProducts)
            buildImports(p);
        calibrateCountryTotals();
        for (GeneratedProduct &p : mProducts)
            buildExportsAndWorld(p);
        markSecretCells();

        std::map<int, std::shared_ptr<const TradeData>> years;
        for (int year = kFirstYear; year <= kReferenceYear; ++year)
            years[year] = makeYear(year);
        return years;
    }

private:
    void buildPartners()
    {
        QHash<QString, double> known;
        for (const PartnerWeight &w : knownPartnerWeights())
            known.insert(QLatin1String(w.iso3), w.weight);
        for (const Country &c : CountryRegistry::instance().countries()) {
            if (excludedPartner(c.iso3))
                continue;
            const double weight = known.value(c.iso3, mRandom.uniform(5.0, 400.0));
            mPartnerIndex.insert(c.iso3, int(mPartners.size()));
            mPartners.push_back({c.iso3, weight, isEuMember(EuComposition::Eu27_2020, c.iso3, kReferenceYear)});
        }
        for (const Partner &p : mPartners) {
            mCumulativeAll.push_back((mCumulativeAll.empty() ? 0.0 : mCumulativeAll.back()) + p.weight);
            const double nonEu = p.eu ? 0.0 : p.weight;
            mCumulativeNonEu.push_back((mCumulativeNonEu.empty() ? 0.0 : mCumulativeNonEu.back()) + nonEu);
        }
    }

    void buildProducts()
    {
        QSet<QString> used;
        for (int i = 0; i < int(industries().size()); ++i) {
            const IndustrySpec &spec = industries()[size_t(i)];
            for (int n = 0; n < spec.products; ++n) {
                QString code;
                do {
                    const int chapter = spec.chapters[size_t(mRandom.integer(0, int(spec.chapters.size()) - 1))];
                    code = QStringLiteral("%1%2%3")
                               .arg(chapter, 2, 10, QLatin1Char('0'))
                               .arg(mRandom.integer(1, 96), 2, 10, QLatin1Char('0'))
                               .arg(mRandom.integer(1, 9) * 10 + mRandom.integer(0, 1) * mRandom.integer(1, 9), 2, 10,
                                    QLatin1Char('0'));
                } while (used.contains(code));
                used.insert(code);
                GeneratedProduct p;
                p.industry = i;
                p.info.hs6 = code;
                p.info.industry = QString::fromUtf8(spec.nameNl);
                p.info.descriptionNl = QCoreApplication::translate("Demo", "Synthetisch product %1.%2 (%3)")
                                           .arg(code.left(4), code.mid(4), p.info.industry);
                p.info.descriptionEn = QStringLiteral("Synthetic product %1.%2 (%3)")
                                           .arg(code.left(4), code.mid(4), QString::fromUtf8(spec.nameEn));
                mProducts.push_back(p);
            }
        }
        std::sort(mProducts.begin(), mProducts.end(),
                  [](const GeneratedProduct &a, const GeneratedProduct &b) { return a.info.hs6 < b.info.hs6; });
    }

    // Chooses which products end where in the CBS funnel: 3,449 -> 419 -> 236 -> 135.
    void assignTargets()
    {
        const PublishedFunnel published = publishedFunnel2020();
        std::vector<int> all(mProducts.size());
        std::iota(all.begin(), all.end(), 0);
        std::vector<double> weights;
        for (int i : all)
            weights.push_back(industries()[size_t(mProducts[size_t(i)].industry)].dependencyWeight);
        const std::vector<int> dominated = weightedSample(mRandom, all, weights, size_t(published.singleNonEuSupplier));

        const std::vector<double> flat(dominated.size(), 1.0);
        const std::vector<int> netImporters = weightedSample(mRandom, dominated, flat, size_t(published.netImporter));
        weights.clear();
        for (int i : netImporters)
            weights.push_back(industries()[size_t(mProducts[size_t(i)].industry)].concentrationWeight);
        const std::vector<int> concentrated =
            weightedSample(mRandom, netImporters, weights, size_t(published.concentrated));

        for (int i : dominated)
            mProducts[size_t(i)].target = Target::NetExporter;
        for (int i : netImporters)
            mProducts[size_t(i)].target = Target::BroadWorldMarket;
        for (int i : concentrated)
            mProducts[size_t(i)].target = Target::Concentrated;
    }

    int pickDominant(Target target)
    {
        std::vector<double> cumulative;
        for (const DominantSupplier &s : dominantSuppliers())
            cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) +
                                 (target == Target::Concentrated ? s.concentrated : s.other));
        return mPartnerIndex.value(QLatin1String(dominantSuppliers()[size_t(pickWeighted(mRandom, cumulative))].iso3));
    }

    void buildImports(GeneratedProduct &p)
    {
        const bool dominated = p.target != Target::NotDominated;
        p.dominant = dominated ? pickDominant(p.target) : pickWeighted(mRandom, mCumulativeNonEu);
        // The designed largest non-EU share: above one half for dominated products, with many just
        // above it so that moving the threshold visibly changes the funnel; well below otherwise.
        const double share =
            dominated ? 0.505 + 0.475 * std::pow(mRandom.uniform(), 1.3) : 0.02 + 0.43 * mRandom.uniform();
        const double size = std::exp(mRandom.normal() * 1.6) * (p.target == Target::Concentrated ? 2.5 : 1.0);

        p.imports.push_back({p.dominant, share * size});
        // Spread the rest over other partners; no other non-EU partner may reach the dominant's share.
        const int others = mRandom.integer(3, 28);
        std::vector<Flow> rest;
        double weightSum = 0.0;
        QSet<int> taken = {p.dominant};
        for (int k = 0; k < others; ++k) {
            const int partner = pickWeighted(mRandom, mCumulativeAll);
            if (taken.contains(partner))
                continue;
            taken.insert(partner);
            const double w = mRandom.uniform(0.05, 1.0) * std::sqrt(mPartners[size_t(partner)].weight);
            rest.push_back({partner, w});
            weightSum += w;
        }
        if (!taken.contains(mPartnerIndex.value(QStringLiteral("DEU")))) {
            rest.push_back({mPartnerIndex.value(QStringLiteral("DEU")), 1.0});
            weightSum += 1.0;
        }
        const double remainder = (1.0 - share) * size;
        double overflow = 0.0;
        for (Flow &f : rest) {
            f.value = remainder * f.value / weightSum;
            const double cap = 0.9 * share * size;
            if (!mPartners[size_t(f.partner)].eu && f.value > cap) {
                overflow += f.value - cap;
                f.value = cap;
            }
        }
        // Whatever the cap removed goes to the EU partners.
        double euWeight = 0.0;
        for (const Flow &f : rest)
            euWeight += mPartners[size_t(f.partner)].eu ? f.value : 0.0;
        for (Flow &f : rest) {
            if (mPartners[size_t(f.partner)].eu)
                f.value += overflow * f.value / euWeight;
        }
        p.imports.insert(p.imports.end(), rest.begin(), rest.end());
    }

    // Scales values so NL imports from the five largest goods partners follow Table 1 of the
    // letter, touching only products that stay far from the first threshold so the funnel is not
    // disturbed.
    void calibrateCountryTotals()
    {
        std::vector<RankedPartner> calibrated = letterTable1().goods;
        calibrated.resize(std::min<size_t>(calibrated.size(), kCalibratedPartners));
        double total = 0.0;
        for (const GeneratedProduct &p : mProducts)
            total += importTotal(p);
        const double scale = kTotalImportsMln * kMillion / total;
        for (GeneratedProduct &p : mProducts) {
            for (Flow &f : p.imports)
                f.value *= scale;
        }
        for (int round = 0; round < 12; ++round) {
            for (const RankedPartner &row : calibrated) {
                const int partner = mPartnerIndex.value(row.code);
                double fixed = 0.0, adjustable = 0.0;
                for (const GeneratedProduct &p : mProducts) {
                    for (const Flow &f : p.imports) {
                        if (f.partner == partner)
                            (p.target == Target::NotDominated ? adjustable : fixed) += f.value;
                    }
                }
                const double factor = (row.value * kMillion - fixed) / adjustable;
                if (adjustable <= 0.0 || factor <= 0.0)
                    qFatal("Demo data: cannot calibrate imports from %s", qPrintable(row.code));
                for (GeneratedProduct &p : mProducts) {
                    if (p.target != Target::NotDominated)
                        continue;
                    for (Flow &f : p.imports) {
                        if (f.partner == partner)
                            f.value *= factor;
                    }
                }
            }
            // Keep every undominated product's largest non-EU share under 47 %.
            for (GeneratedProduct &p : mProducts) {
                if (p.target == Target::NotDominated)
                    capNonEuShares(p, 0.47);
            }
        }
    }

    void capNonEuShares(GeneratedProduct &p, double cap)
    {
        for (Flow &f : p.imports) {
            if (mPartners[size_t(f.partner)].eu)
                continue;
            const double others = importTotal(p) - f.value;
            if (f.value > cap / (1.0 - cap) * others)
                f.value = cap / (1.0 - cap) * others;
        }
    }

    void buildExportsAndWorld(GeneratedProduct &p)
    {
        // Exports relative to imports: net exporters export at least 2 % more than they import.
        if (p.target == Target::NetExporter)
            p.exportRatio = mRandom.uniform(1.02, 4.0);
        else if (mRandom.uniform() < 0.12)
            p.exportRatio = 0.0;
        else
            p.exportRatio = mRandom.uniform(0.0, 0.95);

        if (p.target == Target::Concentrated)
            p.worldHhi = 0.26 + 0.6 * std::pow(mRandom.uniform(), 1.5);
        else if (p.target == Target::BroadWorldMarket)
            p.worldHhi = mRandom.uniform(0.04, 0.24);
        else
            p.worldHhi = mRandom.uniform(0.03, 0.6);

        const int exporters = mRandom.integer(12, 60);
        const double minimumHhi = 1.0 / exporters + 0.005;
        p.worldHhi = std::max(p.worldHhi, minimumHhi);
        const std::vector<double> shares = sharesWithHhi(exporters, p.worldHhi);
        const double worldSize = importTotal(p) * mRandom.uniform(8.0, 40.0);
        QSet<int> taken;
        // Concentrated markets are mostly led by the product's dominant supplier to NL.
        int first = (p.target == Target::Concentrated && mRandom.uniform() < 0.8)
                        ? p.dominant
                        : pickWeighted(mRandom, mCumulativeAll);
        for (int k = 0; k < exporters; ++k) {
            int exporter = k == 0 ? first : pickWeighted(mRandom, mCumulativeAll);
            int guard = 0;
            while (taken.contains(exporter) && guard++ < 50)
                exporter = pickWeighted(mRandom, mCumulativeAll);
            // Every designed share must land on a distinct exporter, or the index would change.
            for (int next = 0; taken.contains(exporter); ++next)
                exporter = next;
            taken.insert(exporter);
            p.worldExports.push_back({exporter, shares[size_t(k)] * worldSize});
        }
    }

    // A few small cells are published as secret ("x"), as in real CBS tables; chosen where the
    // missing value cannot move the product across a threshold.
    void markSecretCells()
    {
        int marked = 0;
        for (GeneratedProduct &p : mProducts) {
            if (marked >= 60 || p.target != Target::NotDominated || p.imports.size() < 6 || mRandom.uniform() > 0.03)
                continue;
            const double total = importTotal(p);
            for (const Flow &f : p.imports) {
                if (mPartners[size_t(f.partner)].eu && f.value < 0.01 * total) {
                    p.secretPartners.push_back(f.partner);
                    ++marked;
                    break;
                }
            }
        }
    }

    std::shared_ptr<const TradeData> makeYear(int year)
    {
        auto data = std::make_shared<TradeData>();
        data->dataSetName = dataSetName();
        data->source = QStringLiteral("demo");
        data->reporter = reporter();
        data->year = year;
        data->currency = QStringLiteral("EUR");
        data->synthetic = true;
        for (const Partner &p : mPartners)
            data->partners.push_back(p.iso3);
        // Earlier years vary around the reference year, so multi-year rules have something to test.
        DemoRandom drift(kSeed ^ std::uint64_t(year) * 7919);
        const bool reference = year == kReferenceYear;
        auto vary = [&](double v) { return reference ? v : v * std::exp(0.15 * drift.normal()); };
        for (size_t i = 0; i < mProducts.size(); ++i) {
            const GeneratedProduct &p = mProducts[i];
            data->products.push_back(p.info);
            double imports = 0.0;
            for (const Flow &f : p.imports) {
                const bool secret =
                    std::find(p.secretPartners.begin(), p.secretPartners.end(), f.partner) != p.secretPartners.end();
                const double v = vary(f.value);
                imports += v;
                data->imports.push_back({int(i), f.partner, secret ? TradeValue::secret() : TradeValue{v}});
            }
            data->exports.push_back(TradeValue{vary(imports * p.exportRatio)});
            for (const Flow &f : p.worldExports)
                data->worldExports.push_back({int(i), f.partner, TradeValue{vary(f.value)}});
        }
        data->deliveredWorldHhi.assign(data->products.size(), missingValue());
        return data;
    }

    DemoRandom mRandom;
    std::vector<Partner> mPartners;
    QHash<QString, int> mPartnerIndex;
    std::vector<double> mCumulativeAll;
    std::vector<double> mCumulativeNonEu;
    std::vector<GeneratedProduct> mProducts;
};

} // namespace

QString dataSetName()
{
    return QCoreApplication::translate("Demo", "Synthetische demodata (CBS-vorm)");
}

QString reporter()
{
    return QStringLiteral("NLD");
}

std::map<int, std::shared_ptr<const TradeData>> generate(std::uint64_t seed)
{
    return Generator(seed).run();
}

const std::map<int, std::shared_ptr<const TradeData>> &tradeData()
{
    static const std::map<int, std::shared_ptr<const TradeData>> data = generate(kSeed);
    return data;
}

bool writeToStore(Store &store, QString *error)
{
    DataSetInfo info;
    info.name = dataSetName();
    info.source = QStringLiteral("demo");
    info.currency = QStringLiteral("EUR");
    info.unitNote = QStringLiteral("euro");
    info.synthetic = true;
    info.note = QCoreApplication::translate("Demo", "Synthetische demodata, gegenereerd door Herkomst; "
                                                    "geen echte handelscijfers.");
    DataSetWriter writer(store);
    bool ok = writer.begin(info);
    std::map<QString, bool> productsWritten;
    for (const auto &[year, data] : tradeData()) {
        const QByteArray reporterCode = data->reporter.toUtf8();
        std::vector<QByteArray> partners;
        for (const QString &p : data->partners)
            partners.push_back(p.toUtf8());
        std::vector<QByteArray> codes;
        for (const ProductInfo &p : data->products) {
            codes.push_back(p.hs6.toUtf8());
            if (ok && !productsWritten[p.hs6]) {
                ok = writer.addProduct(p);
                productsWritten[p.hs6] = true;
            }
        }
        for (size_t i = 0; ok && i < data->imports.size(); ++i) {
            const ImportFlow &f = data->imports[i];
            ok = writer.addImport(reporterCode, year, codes[size_t(f.product)], partners[size_t(f.partner)], f.value);
        }
        for (size_t i = 0; ok && i < data->exports.size(); ++i)
            ok = writer.addExport(reporterCode, year, codes[i], data->exports[i]);
        for (size_t i = 0; ok && i < data->worldExports.size(); ++i) {
            const WorldExportFlow &f = data->worldExports[i];
            ok = writer.addWorldExport(year, codes[size_t(f.product)], partners[size_t(f.exporter)], f.value);
        }
    }
    ok = ok && writer.commit();
    if (!ok && error)
        *error = writer.lastError();
    return ok;
}

} // namespace herkomst::demo
