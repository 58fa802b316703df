#include "importtesthelpers.h"

#include "import/importerregistry.h"
#include "import/importprogress.h"
#include "store/store.h"

#include <QFile>

namespace importtest {

QString StoreSnapshot::toString() const
{
    QStringList parts = dataSets;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1String(", "));
}

qint64 count(const herkomst::Store &store, const QString &sql)
{
    herkomst::sqlite::Statement q(store.connection(), sql.toUtf8().constData());
    return q.next() ? q.columnInt64(0) : -1;
}

double number(const herkomst::Store &store, const QString &sql)
{
    herkomst::sqlite::Statement q(store.connection(), sql.toUtf8().constData());
    return q.next() ? q.columnDouble(0) : -1.0;
}

StoreSnapshot snapshot(const herkomst::Store &store)
{
    StoreSnapshot s;
    for (const herkomst::DataSetInfo &info : store.dataSets())
        s.dataSets << info.name;
    for (const char *table : {"dataset", "dataset_file", "dataset_slice", "product", "import_flow", "export_flow",
                              "world_export", "world_hhi", "country_alias"})
        s.rows.insert(QLatin1String(table),
                      count(store, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    s.rows.insert(QStringLiteral("sum(import)"),
                  qint64(number(store, QStringLiteral("SELECT coalesce(sum(value), 0) FROM import_flow"))));
    return s;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QByteArray baciCountryCodes(bool newHeader)
{
    struct C {
        int code;
        const char *name;
        const char *iso2;
        const char *iso3;
    };
    const C list[] = {{156, "China", "CN", "CHN"},        {251, "France", "FR", "FRA"},
                      {276, "Germany", "DE", "DEU"},      {490, "Other Asia, nes", "N/A", "N/A"},
                      {528, "Netherlands", "NL", "NLD"},  {697, "Europe EFTA, nes", "N/A", "N/A"},
                      {710, "South Africa", "ZA", "ZAF"}, {757, "Switzerland", "CH", "CHE"},
                      {842, "USA", "US", "USA"}};
    QByteArray text =
        newHeader ? "country_code,country_name,country_iso2,country_iso3\n"
                  : "country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha\n";
    for (const C &c : list) {
        text += QByteArray::number(c.code) + ",\"" + c.name + "\",";
        if (!newHeader)
            text += QByteArray("\"") + c.name + "\",";
        text += QByteArray(c.iso2) + ',' + c.iso3 + '\n';
    }
    return text;
}

QByteArray baciProductCodes()
{
    return "\"code\",\"description\"\n\"10121\",\"Horses: live, pure-bred breeding animals\"\n"
           "\"300490\",\"Medicaments: n.e.c.\"\n\"851712\",\"Telephones for cellular networks\"\n";
}

herkomst::ImportReport runImport(herkomst::Store &store, const QString &format, const herkomst::ImportRequest &request)
{
    std::unique_ptr<herkomst::Importer> importer = herkomst::createImporter(format);
    herkomst::ImportProgress progress;
    return importer->run(store, request, progress);
}

} // namespace importtest
