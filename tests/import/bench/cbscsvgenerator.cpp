#include "cbscsvgenerator.h"

#include "countries/countryregistry.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <vector>

QString CbsCsvGenerator::write(const QString &folder, QString *error) const
{
    QDir().mkpath(folder);
    std::vector<QByteArray> countries;
    for (const herkomst::Country &c : herkomst::CountryRegistry::instance().countries()) {
        if (c.kind == herkomst::PartnerKind::Country && c.numeric > 0 && c.iso3 != QLatin1String("NLD"))
            countries.push_back(c.nameNl.toUtf8());
    }
    const QString path = folder + QStringLiteral("/invoer-%1.csv").arg(year);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return {};
    }
    file.write("Goederencode;Land;Invoerwaarde\n");
    std::vector<char> buffer;
    buffer.reserve(size_t(1) << 22);
    char line[160];
    qint64 written = 0;
    // CN8 codes: four per HS6 heading, HS6 codes spread over the nomenclature.
    for (int p = 0; written < rows; ++p) {
        const int hs6 = 10121 + (p * 7919) % 960000;
        for (int sub = 10; sub <= 40 && written < rows; sub += 10) {
            for (size_t c = 0; c < countries.size() && written < rows; ++c) {
                const uint64_t r = (uint64_t(p) * 2654435761u) ^ (uint64_t(c) * 40503u) ^ uint64_t(sub);
                const QByteArray &country = countries[c];
                int n = 0;
                if (r % 97 == 0)
                    n = std::snprintf(line, sizeof line, "%08d;%s;x\n", hs6 * 100 + sub, country.constData());
                else if (r % 89 == 0)
                    n = std::snprintf(line, sizeof line, "%08d;%s;.\n", hs6 * 100 + sub, country.constData());
                else
                    n = std::snprintf(line, sizeof line, "%08d;%s;%llu,%llu\n", hs6 * 100 + sub, country.constData(),
                                      (unsigned long long)(r % 100000), (unsigned long long)(r % 10));
                buffer.insert(buffer.end(), line, line + n);
                ++written;
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
