#include "cbsworkbookgenerator.h"

#include "../xlsxfixture.h"

#include <QStringList>

QString CbsWorkbookGenerator::write(const QString &path, QString *error) const
{
    static const QStringList partners = {QStringLiteral("China"),
                                         QStringLiteral("Verenigde Staten"),
                                         QStringLiteral("Duitsland"),
                                         QStringLiteral("België"),
                                         QStringLiteral("Zuid-Korea"),
                                         QStringLiteral("Taiwan"),
                                         QStringLiteral("Japan"),
                                         QStringLiteral("India"),
                                         QStringLiteral("Verenigd Koninkrijk"),
                                         QStringLiteral("Frankrijk"),
                                         QStringLiteral("Rusland"),
                                         QStringLiteral("Hongkong"),
                                         QStringLiteral("Vietnam"),
                                         QStringLiteral("Brazilië"),
                                         QStringLiteral("Zwitserland"),
                                         QStringLiteral("Noorwegen"),
                                         QStringLiteral("Italië"),
                                         QStringLiteral("Spanje"),
                                         QStringLiteral("Polen"),
                                         QStringLiteral("Turkije")};
    XlsxFixture workbook;
    XlsxFixture::Sheet &contents = workbook.addSheet(QStringLiteral("Inhoud"));
    contents.rows.push_back({QStringLiteral("Invoer goederen bij specifieke bedrijfstakken, %1").arg(year)});
    contents.rows.push_back({QStringLiteral("Tabel 1"), QStringLiteral("Invoer naar goederencode en land")});

    XlsxFixture::Sheet &imports = workbook.addSheet(QStringLiteral("Tabel 1"));
    imports.rows.push_back({QStringLiteral("Tabel 1 Invoer naar goederencode en land van herkomst, %1*").arg(year)});
    imports.rows.push_back({QStringLiteral("x 1 000 euro")});
    imports.rows.push_back({});
    imports.rows.push_back({QStringLiteral("Goederencode (GS6)"), QStringLiteral("Omschrijving"),
                            QStringLiteral("Land van herkomst"), QStringLiteral("Invoerwaarde")});
    const int products = std::max(1, rows / int(partners.size()));
    XlsxFixture::Sheet &exports = workbook.addSheet(QStringLiteral("Tabel 2"));
    exports.rows.push_back({QStringLiteral("Uitvoer naar goederencode, %1").arg(year)});
    exports.rows.push_back({QStringLiteral("GS6"), QStringLiteral("Uitvoerwaarde (x 1 000 euro)")});
    XlsxFixture::Sheet &hhi = workbook.addSheet(QStringLiteral("Tabel 4"));
    hhi.rows.push_back({QStringLiteral("HS6"), QStringLiteral("Herfindahl-index wereldmarkt")});
    for (int p = 0; p < products; ++p) {
        const int code = 10121 + p * 97; // numbers: the leading zero is lost, as in Excel
        for (int c = 0; c < partners.size() && int(imports.rows.size()) - 4 < rows; ++c) {
            const int v = (p * 7919 + c * 104729) % 100000;
            imports.rows.push_back({double(code), QStringLiteral("Product %1").arg(code), partners[c],
                                    v % 53 == 0 ? QVariant(QStringLiteral("x")) : QVariant(double(v) / 10.0)});
        }
        exports.rows.push_back({double(code), double((p * 31) % 5000)});
        hhi.rows.push_back({double(code), double((p * 13) % 1000) / 1000.0});
    }
    imports.rows.push_back({});
    imports.rows.push_back({QStringLiteral("Bron: CBS")});
    imports.rows.push_back({QStringLiteral("x geheim")});
    if (!workbook.write(path, error))
        return {};
    return path;
}
