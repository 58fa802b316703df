#include "bacigenerator.h"

#include "countries/countryregistry.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

uint64_t splitmix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace

QString BaciGenerator::write(const QString &folder, QString *error) const
{
    QDir().mkpath(folder);
    // Countries: ISO numeric codes as BACI codes, NLD (528) always among them.
    const auto &all = herkomst::CountryRegistry::instance().countries();
    std::vector<std::pair<int, QString>> chosen;
    for (const herkomst::Country &c : all) {
        if (c.numeric > 0 && c.numeric < 1000 && (int(chosen.size()) < countries - 1 || c.iso3 == QLatin1String("NLD")))
            chosen.push_back({c.numeric, c.iso3});
    }
    if (std::none_of(chosen.begin(), chosen.end(), [](const auto &c) { return c.second == QLatin1String("NLD"); }))
        chosen.push_back({528, QStringLiteral("NLD")});
    std::sort(chosen.begin(), chosen.end());
    QFile countriesFile(folder + QStringLiteral("/country_codes_V202401.csv"));
    if (!countriesFile.open(QIODevice::WriteOnly)) {
        *error = countriesFile.errorString();
        return {};
    }
    countriesFile.write("country_code,country_name,country_iso2,country_iso3\n");
    for (const auto &[code, iso3] : chosen) {
        const herkomst::Country *c = herkomst::CountryRegistry::instance().byIso3(iso3);
        countriesFile.write(QStringLiteral("%1,\"%2\",%3,%4\n").arg(code).arg(c->nameEn, c->iso2, iso3).toUtf8());
    }
    countriesFile.close();

    // Products: HS6 codes spread over the nomenclature, written without the leading zero.
    std::vector<int> productCodes;
    for (int p = 0; p < products; ++p)
        productCodes.push_back(10000 + int((uint64_t(p) * 959990) / uint64_t(products)));
    QFile productsFile(folder + QStringLiteral("/product_codes_HS17_V202401.csv"));
    if (!productsFile.open(QIODevice::WriteOnly)) {
        *error = productsFile.errorString();
        return {};
    }
    productsFile.write("code,description\n");
    for (int code : productCodes)
        productsFile.write(QByteArray::number(code) + ",\"Synthetic product " + QByteArray::number(code) + "\"\n");
    productsFile.close();

    const QString path = folder + QStringLiteral("/BACI_HS17_Y%1_V202401.csv").arg(year);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return {};
    }
    file.write("t,i,j,k,v,q\n");
    const double combinations = double(chosen.size()) * double(chosen.size() - 1) * double(products);
    const uint64_t threshold = uint64_t(std::min(1.0, double(targetRows) / combinations) * double(UINT64_MAX));
    std::vector<char> buffer;
    buffer.reserve(size_t(1) << 22);
    char line[96];
    for (const auto &[exporter, exporterIso] : chosen) {
        for (const auto &[importer, importerIso] : chosen) {
            if (exporter == importer)
                continue;
            for (int p = 0; p < products; ++p) {
                const uint64_t r = splitmix((uint64_t(exporter) << 40) ^ (uint64_t(importer) << 20) ^ uint64_t(p));
                if (r > threshold)
                    continue;
                const uint64_t r2 = splitmix(r);
                // Skewed values: most flows small, a few large (thousands of USD, 3 decimals).
                const double v = double(r2 % 1000000) / 1000.0 * double(1 + (r2 >> 60));
                const int n =
                    (r2 >> 20) % 17 == 0
                        ? std::snprintf(line, sizeof line, "%d,%d,%d,%d,%.3f,           NA\n", year, exporter, importer,
                                        productCodes[size_t(p)], v)
                        : std::snprintf(line, sizeof line, "%d,%d,%d,%d,%.3f,%13.3f\n", year, exporter, importer,
                                        productCodes[size_t(p)], v, double((r2 >> 8) % 100000) / 1000.0);
                buffer.insert(buffer.end(), line, line + n);
            }
            if (buffer.size() > (size_t(1) << 21)) {
                file.write(buffer.data(), qint64(buffer.size()));
                buffer.clear();
            }
        }
    }
    file.write(buffer.data(), qint64(buffer.size()));
    return path;
}
