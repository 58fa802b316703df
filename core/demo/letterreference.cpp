#include "demo/letterreference.h"

#include <QCoreApplication>
#include <QFile>

namespace herkomst {

namespace {

class LetterReferenceText {
    Q_DECLARE_TR_FUNCTIONS(LetterReference)
public:
    static QString label() { return tr("Kamerbrief 2021"); }
};

// "# key: value" lines above the header describe the table.
void readMetadata(const QString &line, PartnerComparison &table)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return;
    const QString key = line.mid(1, colon - 1).trimmed();
    const QString value = line.mid(colon + 1).trimmed();
    if (key == QLatin1String("source"))
        table.sourceLine = value;
    else if (key == QLatin1String("year"))
        table.year = value.toInt();
    else if (key == QLatin1String("reporter"))
        table.reporter = value;
    else if (key == QLatin1String("currency"))
        table.currency = value;
}

RankedPartner letterPartner(int rank, const QString &name, const QString &value, int year)
{
    RankedPartner partner = identifyPartner(name, year);
    partner.rank = rank;
    bool ok = false;
    partner.value = value.toDouble(&ok);
    if (!ok || rank < 1)
        qFatal("letter-table1.csv: bad row for %s", qPrintable(name));
    return partner;
}

PartnerComparison readLetterTable()
{
    PartnerComparison table;
    QFile file(QStringLiteral(":/herkomst/reference/letter-table1.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The letter's Table 1 is missing from the resources");
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('#'))) {
            readMetadata(line, table);
            continue;
        }
        if (header || line.isEmpty()) { // rank,services_partner,services_mln_euro,goods_partner,goods_mln_euro
            header = false;
            continue;
        }
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != 5)
            qFatal("letter-table1.csv: a row without five fields");
        const int rank = fields[0].toInt();
        table.services.push_back(letterPartner(rank, fields[1], fields[2], table.year));
        table.goods.push_back(letterPartner(rank, fields[3], fields[4], table.year));
    }
    return table;
}

} // namespace

PartnerComparison letterTable1()
{
    static const PartnerComparison table = readLetterTable();
    PartnerComparison named = table;
    named.label = letterTable1Label(); // in the language spoken now
    return named;
}

QString letterTable1Label()
{
    return LetterReferenceText::label();
}

PublishedFunnel publishedFunnel2020()
{
    return {};
}

} // namespace herkomst
