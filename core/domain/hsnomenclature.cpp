#include "domain/hsnomenclature.h"

#include <QFile>

namespace herkomst {

namespace {

// One CSV line of the nomenclature: quoted fields may hold commas and doubled quotes.
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
                field += line[++i];
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

const HsNomenclature &HsNomenclature::instance()
{
    static const HsNomenclature nomenclature;
    return nomenclature;
}

HsNomenclature::HsNomenclature()
{
    QFile file(QStringLiteral(":/herkomst/reference/hs2022-nomenclature.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The HS nomenclature is missing from the resources");
    file.readLine(); // section,hscode,description,parent,level
    while (!file.atEnd()) {
        const QStringList fields = csvFields(QString::fromUtf8(file.readLine()).trimmed());
        const QString code = fields.value(1);
        if (code.size() == 4 || code.size() == 6)
            mTexts.insert(code, fields.value(2));
    }
}

QString HsNomenclature::description(const QString &hs6) const
{
    const auto it = mTexts.constFind(hs6);
    if (it != mTexts.constEnd())
        return *it;
    const QString heading = mTexts.value(hs6.left(4));
    return heading.isEmpty() ? QString() : QStringLiteral("%1 (HS %2)").arg(heading, hs6.left(4));
}

} // namespace herkomst
